import { adresseA1, lireA1 } from "../../../src/domain/classeur/adresse";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { cellulesDeSaisie, completude, etalonnage } from "../../../src/domain/saisie";
import { decalerColonnes, insererLignes } from "../../domain/classeur/fabrique";
import {
  analyser,
  lire,
  ou,
  ouExemple,
  zonesGenerees,
  zonesLocalisees,
  type ClasseurLu,
} from "./outils";

/**
 * Le classeur complet retouché comme le ferait un gestionnaire (modèle §8) : onglets renommés,
 * réordonnés, masqué ; lignes insérées, colonnes décalées ; libellés reformulés par des synonymes.
 * Chaque zone doit être retrouvée à sa nouvelle place.
 */

jest.setTimeout(60_000);

interface Retouche {
  readonly nom: string;
  readonly lignes?: readonly [avant: number, n: number];
  readonly colonnes?: number;
  readonly masquer?: boolean;
  readonly libelles?: Readonly<Record<string, string>>;
}

const RETOUCHES: Readonly<Record<string, Retouche>> = {
  "Annexe 1": {
    nom: "Fiche signalétique",
    lignes: [0, 3],
    libelles: {
      "N° FINESS juridique": "FINESS de l'entité juridique",
      "Capacité totale autorisée": "Nombre de places autorisées",
    },
  },
  "Axe 1-1 Enfance": { nom: "2-A Enfance", lignes: [4, 2] },
  "Axe 2 Qualité": { nom: "Axe 2", libelles: { "Points d'amélioration": "Axes de progrès" } },
  "2-D Indic. compl.": { nom: "Indic. compl.", colonnes: 1 },
  "2-E Financier": { nom: "Diagnostic financier", colonnes: 2, lignes: [3, 1] },
  "2-F Creton": {
    nom: "Amendement Creton",
    lignes: [2, 1],
    colonnes: 1,
    libelles: { "Foyer de vie": "EANM", FAM: "EAM" },
  },
  "2-G Départementaux": { nom: "2-G Départementaux", masquer: true },
};

function retoucher(s: SheetSnapshot): SheetSnapshot {
  const r = RETOUCHES[s.name];
  if (!r) return s;
  let x: SheetSnapshot = {
    ...s,
    name: r.nom,
    ...(r.masquer ? { visibility: "Hidden" as const } : {}),
    values: s.values.map((l) => l.map((v) => (typeof v === "string" ? (r.libelles?.[v] ?? v) : v))),
  };
  if (r.lignes) x = insererLignes(x, r.lignes[0], r.lignes[1]);
  if (r.colonnes) x = decalerColonnes(x, r.colonnes);
  return x;
}

/** Nouvelle place d'une cellule « Onglet!A1 » après retouche. */
function deplacer(cellule: string): string {
  const [onglet, a1] = cellule.split("!") as [string, string];
  const r = RETOUCHES[onglet];
  if (!r) return cellule;
  const { row, col } = lireA1(a1);
  const dr = r.lignes && row >= r.lignes[0] ? r.lignes[1] : 0;
  return `${r.nom}!${adresseA1(row + dr, col + (r.colonnes ?? 0))}`;
}

let c: ClasseurLu;
let retouche: ReturnType<typeof analyser>;
beforeAll(async () => {
  c = await lire("complet");
  const feuilles = c.snapshot.sheets.map(retoucher);
  // 2-C ANAP déplacé en dernière position.
  const ordre = [
    ...feuilles.filter((f) => f.name !== "2-C ANAP"),
    ...feuilles.filter((f) => f.name === "2-C ANAP"),
  ];
  const snapshot: WorkbookSnapshot = {
    ...c.snapshot,
    sheets: ordre.map((f, i) => ({ ...f, position: i })),
  };
  retouche = analyser(snapshot);
});

it("onglets renommés, réordonnés, masqué : reconnus par leur nom et leur contenu", () => {
  expect(Object.fromEntries(retouche.onglets.map((o) => [o.nom, [o.type, o.visible]]))).toEqual({
    Accueil: ["accueil", true],
    "Fiche signalétique": ["annexe-1", true],
    "2-A Enfance": ["axe-1-1", true],
    "Axe 1-2 Adultes": ["axe-1-2", true],
    "Axe 1-3 Coopérations": ["axe-1-3", true],
    "Axe 2": ["axe-2", true],
    "Axe 3 Efficience": ["axe-3", true],
    "2-B FLASH": ["flash-2b", true],
    "Indic. compl.": ["complementaires-2d", true],
    "Diagnostic financier": ["financier-2e", true],
    "Amendement Creton": ["creton-2f", true],
    "2-G Départementaux": ["departementaux-2g", false],
    Listes: ["inconnu", false],
    "2-C ANAP": ["anap-2c", true],
  });
});

it("chaque zone est retrouvée à sa nouvelle place, libellés reformulés compris", () => {
  const attendu = Object.fromEntries(
    Object.entries(zonesGenerees(c.genere)).map(([cle, cellule]) => [cle, deplacer(cellule)]),
  );
  expect(zonesLocalisees(retouche.repere)).toEqual(attendu);
  // Les libellés reformulés sont bien ceux du classeur : repérés par synonyme (confiance 0,8).
  const a1 = retouche.repere.annexe1;
  expect(a1?.organisme["finess-juridique"]).toMatchObject({
    libelle: "FINESS de l'entité juridique",
    confiance: 0.8,
  });
  expect(a1?.esms[0]?.champs.capacite).toMatchObject({
    libelle: "Nombre de places autorisées",
    confiance: 0.8,
  });
  expect(retouche.repere.creton2f?.lignes[0]?.valeurs.map((v) => v.champ.libelle)).toContain(
    "EANM",
  );
});

it("les cellules de saisie suivent leur onglet, leurs lignes et colonnes", () => {
  const et = etalonnage(retouche.snapshot);
  const options = { etalon: et.etalon, exclue: et.exclue, ignorer: et.pastilles };
  const trouvees = retouche.snapshot.sheets.flatMap((s) =>
    cellulesDeSaisie(s, options).map((x) => ou(x.location)),
  );
  expect(trouvees.sort()).toEqual(c.genere.saisies.map(ouExemple).map(deplacer).sort());
  // La complétude ne compte plus l'onglet masqué.
  const r = completude(retouche.snapshot, retouche.onglets, retouche.repere);
  expect(r.exclus.map((e) => [e.nom, e.raison])).toEqual([
    ["2-G Départementaux", "onglet masqué"],
    ["Listes", "onglet non reconnu (onglet de travail ou technique)"],
  ]);
  const hors2G = c.genere.saisies.filter((s) => s.onglet !== "2-G Départementaux");
  expect(r.global).toEqual({ total: hors2G.length, remplies: hors2G.length, taux: 1 });
});
