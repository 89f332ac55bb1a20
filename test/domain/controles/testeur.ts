import { adresseA1 } from "../../../src/domain/classeur/adresse";
import type { DiagnosticRepere } from "../../../src/domain/classeur/modele";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import type { OngletReconnu } from "../../../src/domain/classeur/types-onglet";
import { lancerControles } from "../../../src/domain/controles/moteur";
import {
  donneesRendu,
  parametresDe,
  rendreConstat,
} from "../../../src/domain/controles/rendre-constat";
import type { Constat, Controle, Parametre } from "../../../src/domain/controles/types";
import { creerVue } from "../../../src/domain/controles/vue";
import { repere as repereVide } from "./fabrique";

/**
 * Utilitaire « à la RuleTester » : un contrôle, des cas valides (aucun constat) et invalides (les
 * constats attendus, dans l'ordre). Refuse un cas invalide sans constat attendu, un messageId
 * inconnu, un nom de cas en double, un `{{param}}` non fourni au rendu.
 */

export interface Cas {
  readonly nom: string;
  readonly repere?: DiagnosticRepere;
  readonly snapshot?: WorkbookSnapshot;
  /** Par défaut : les onglets du modèle repéré. */
  readonly onglets?: readonly OngletReconnu[];
}

export interface ConstatAttendu {
  readonly messageId: string;
  /** Comparé à l'identique s'il est donné. */
  readonly data?: Readonly<Record<string, Parametre>>;
  /** Cellules A1 attendues, dans l'ordre (sans nom d'onglet). */
  readonly cellules?: readonly string[];
}

export interface CasInvalide extends Cas {
  readonly constats: readonly ConstatAttendu[];
}

export interface Cas2 {
  readonly valides: readonly Cas[];
  readonly invalides: readonly CasInvalide[];
}

/** Problèmes de déclaration des cas (vide = cas acceptables). */
export function problemesDesCas(controle: Controle, cas: Cas2): string[] {
  const problemes: string[] = [];
  const noms = [...cas.valides, ...cas.invalides].map((c) => c.nom);
  for (const n of new Set(noms)) {
    if (noms.filter((x) => x === n).length > 1) problemes.push(`cas en double : « ${n} »`);
  }
  if (cas.invalides.length === 0) problemes.push("aucun cas invalide");
  for (const c of cas.invalides) {
    if (c.constats.length === 0) problemes.push(`« ${c.nom} » : aucun constat attendu`);
    for (const a of c.constats) {
      if (!(a.messageId in controle.meta.messages)) {
        problemes.push(`« ${c.nom} » : messageId inconnu « ${a.messageId} »`);
      }
    }
  }
  return problemes;
}

export function constatsDuCas(controle: Controle, c: Cas): Constat[] {
  const repere = c.repere ?? repereVide();
  const vue = creerVue({
    snapshot: c.snapshot ?? { sheets: [], settings: {} },
    onglets: c.onglets ?? repere.onglets,
    repere,
  });
  return lancerControles([controle], vue);
}

/** Problèmes de rendu : paramètres absents, `{{` restant. */
export function problemesDeRendu(controle: Controle, constat: Constat): string[] {
  const modele = controle.meta.messages[constat.messageId] ?? "";
  const donnees = donneesRendu(constat);
  const absents = parametresDe(modele).filter((p) => donnees[p] === undefined);
  const { message } = rendreConstat(constat, [controle]);
  return [
    ...absents.map((p) => `paramètre {{${p}}} non fourni (${constat.messageId})`),
    ...(message.includes("{{") ? [`« {{ » restant : ${message}`] : []),
  ];
}

function resume(c: Constat): ConstatAttendu & { gravite: string } {
  return {
    messageId: c.messageId,
    data: c.data,
    cellules: c.locations.map((l) => adresseA1(l.row, l.col)),
    gravite: c.gravite,
  };
}

export function testerControle(controle: Controle, cas: Cas2): void {
  describe(controle.meta.id, () => {
    it("déclare des cas acceptables", () => {
      expect(problemesDesCas(controle, cas)).toEqual([]);
    });
    if (cas.valides.length > 0) {
      it.each(cas.valides.map((c) => [c.nom, c] as const))("valide : %s", (_, c) => {
        expect(constatsDuCas(controle, c).map(resume)).toEqual([]);
      });
    }
    it.each(cas.invalides.map((c) => [c.nom, c] as const))("invalide : %s", (_, c) => {
      const constats = constatsDuCas(controle, c);
      const obtenus = constats.map(resume);
      const attendus = c.constats.map((a, i) => ({
        messageId: a.messageId,
        data: a.data ?? obtenus[i]?.data,
        cellules: a.cellules ?? obtenus[i]?.cellules,
        gravite: controle.meta.gravite,
      }));
      expect(obtenus).toEqual(attendus);
      for (const constat of constats) expect(problemesDeRendu(controle, constat)).toEqual([]);
    });
  });
}
