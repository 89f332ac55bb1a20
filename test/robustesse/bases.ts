import ExcelJS from "exceljs";
import type { CodeFichier } from "../../src/gateway/erreurs-fichier";
import type { TypeOnglet } from "../../src/domain/classeur/types-onglet";
import { inflateRawSync } from "node:zlib";
import { ecrireZip, lireRepertoire, type EntreeAEcrire } from "../../src/gateway/xlsx/zip";
import { genererClasseur } from "../../scripts/exemple/classeur";
import { genererAutreMiseEnPage } from "../../scripts/exemple-autre";

/** Classeurs d'exemple servant de base aux mutations (générés une fois, copiés à chaque mutation). */

export type NomBase = "exemple" | "complet" | "autre";

export interface Base {
  readonly buffer: Buffer;
  /** Repères du générateur : clé sémantique → onglet et cellule (vide pour « autre »). */
  readonly reperes: Readonly<Record<string, { readonly onglet: string; readonly cellule: string }>>;
}

const cache = new Map<NomBase, Promise<Base>>();

export function base(nom: NomBase): Promise<Base> {
  let b = cache.get(nom);
  if (!b) {
    b =
      nom === "autre"
        ? genererAutreMiseEnPage().then((g) => ({ buffer: g.buffer, reperes: {} }))
        : genererClasseur(nom).then((g) => ({ buffer: g.buffer, reperes: g.reperes }));
    cache.set(nom, b);
  }
  return b;
}

/** Ce qu'une mutation reçoit : le classeur ouvert et l'accès aux cellules repérées. */
export interface Atelier {
  readonly wb: ExcelJS.Workbook;
  /** Cellule d'un repère (première clé qui commence par `prefixe`). */
  cel(prefixe: string): ExcelJS.Cell;
  feuille(nom: string): ExcelJS.Worksheet;
}

export function atelier(wb: ExcelJS.Workbook, b: Base): Atelier {
  const feuille = (nom: string) => {
    const ws = wb.getWorksheet(nom);
    if (!ws) throw new Error(`onglet absent : ${nom}`);
    return ws;
  };
  return {
    wb,
    feuille,
    cel(prefixe) {
      const cle = Object.keys(b.reperes).find((k) => k.startsWith(prefixe));
      if (!cle) throw new Error(`repère absent : ${prefixe}`);
      const r = b.reperes[cle]!;
      return feuille(r.onglet).getCell(r.cellule);
    },
  };
}

/** Première cellule d'un onglet dont le texte vérifie `motif`. */
export function chercher(ws: ExcelJS.Worksheet, motif: RegExp): ExcelJS.Cell {
  let trouvee: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (!trouvee && typeof c.value === "string" && motif.test(c.value)) trouvee = c;
    }),
  );
  if (!trouvee) throw new Error(`${ws.name} : aucun texte ${String(motif)}`);
  return trouvee;
}

/** Réécrit une partie XML d'un classeur (nom → transformation), les autres entrées telles quelles. */
export function retoucherXml(octets: Buffer, nom: string, f: (xml: string) => string): Buffer {
  const entrees = lireRepertoire(octets, 10_000);
  const sortie: EntreeAEcrire[] = entrees.map((e) => {
    if (e.nom !== nom) return { nom: e.nom, brute: e };
    const brut = octets.subarray(e.debutDonnees, e.debutDonnees + e.tailleCompressee);
    return { nom: e.nom, contenu: Buffer.from(f(inflateRawSync(brut).toString("utf8")), "utf8") };
  });
  return ecrireZip(octets, sortie);
}

/** Issue attendue d'une mutation : un constat, un code d'erreur de lecture, un avertissement, des onglets reconnus (liste vide : aucun). */
export type Attendu =
  | { readonly constat: string }
  | { readonly erreur: CodeFichier }
  | { readonly avertissement: RegExp }
  | { readonly reconnus: readonly TypeOnglet[] };

export interface Mutation {
  readonly nom: string;
  readonly base: NomBase;
  readonly appliquer?: (a: Atelier) => void;
  /** Retouche des octets écrits (fichier tronqué, pas un zip…). */
  readonly octets?: (b: Buffer) => Buffer;
  readonly attendu: Attendu;
}
