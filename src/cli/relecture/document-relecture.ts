import {
  apparier,
  comparerPrerenseignees,
  ligneSynthese,
  type EtatEmpreinte,
  type LigneSynthese,
  type PrerenseigneeModifiee,
  type ValeurEnvoyee,
  type ValeurRelue,
} from "../../domain/relecture";
import { resumer, type ConstatJson, type FichierJson, type ResumeJson } from "../document";
import { rendreRelecture } from "./messages-relecture";
import type { FichierRelu } from "./relire-fichier";

/**
 * Le document JSON de `relire --json` : celui d'`analyser` (docs/cli.md), plus, par fichier, la
 * référence appariée, l'état de l'empreinte et les valeurs pré-renseignées modifiées.
 */

export interface PrerenseigneeJson {
  readonly onglet: string;
  readonly cellule: string;
  /** FINESS de l'ESMS (sinon libellé de la ligne). */
  readonly esms: string;
  /** En-tête de la mesure, tel qu'écrit dans le classeur envoyé. */
  readonly mesure: string;
  readonly reference: ValeurRelue;
  readonly valeur: ValeurRelue;
}

export type EtatEmpreinteJson = "valide" | "absente" | "alteree";

export interface FichierRelectureJson extends FichierJson {
  /** Chemin du classeur envoyé apparié, tel que donné ; null sinon (empreinte, ou rien). */
  readonly reference: string | null;
  readonly empreinte: EtatEmpreinteJson;
  readonly prerenseignees_modifiees: readonly PrerenseigneeJson[];
}

export interface ResumeRelectureJson extends ResumeJson {
  readonly prerenseignees_modifiees: number;
}

export interface DocumentRelectureJson {
  readonly outil: "cpom-diagnostic";
  readonly version: string;
  readonly fichiers: readonly FichierRelectureJson[];
  readonly resume: ResumeRelectureJson;
}

/** Un retour relu, tout ce que les rapports en disent. */
export interface RetourRelu {
  readonly json: FichierRelectureJson;
  readonly modifiees: readonly PrerenseigneeModifiee[];
  readonly synthese: LigneSynthese;
  readonly empreinte: EtatEmpreinte;
}

function constatEmpreinte(e: EtatEmpreinte, reference: string | null): ConstatJson | null {
  if (e.kind === "alteree") {
    return {
      controle: "relecture/empreinte-alteree",
      gravite: "alerte",
      onglet: null,
      cellule: null,
      cellules: [],
      message: rendreRelecture({ code: "empreinte/alteree", params: { raison: e.raison } }),
      correction: rendreRelecture({ code: "empreinte/alteree-correction", params: {} }),
    };
  }
  if (e.kind === "absente" && reference === null) {
    return {
      controle: "relecture/empreinte-absente",
      gravite: "info",
      onglet: null,
      cellule: null,
      cellules: [],
      message: rendreRelecture({ code: "empreinte/absente", params: {} }),
      correction: rendreRelecture({ code: "empreinte/absente-correction", params: {} }),
    };
  }
  return null;
}

const json = (m: PrerenseigneeModifiee): PrerenseigneeJson => ({
  onglet: m.onglet,
  cellule: m.cellule,
  esms: m.esms,
  mesure: m.mesure,
  reference: m.reference,
  valeur: m.valeur,
});

/** Apparie chaque retour à sa référence (ou à son empreinte), compare, synthétise. */
export function assembler(
  retours: readonly FichierRelu[],
  references: readonly FichierRelu[],
): RetourRelu[] {
  const lisibles = references
    .filter((r) => r.organisme !== null)
    .map((r) => ({ ...r, organisme: r.organisme!, chemin: r.rapport.json.fichier }));
  return retours.map((f) => {
    const base = f.rapport.json;
    const ref = f.organisme ? apparier(f.organisme, lisibles).reference : null;
    const envoi: readonly ValeurEnvoyee[] | null = ref
      ? ref.valeurs
      : f.empreinte.kind === "valide"
        ? f.empreinte.valeurs
        : null;
    const modifiees =
      envoi && base.statut === "analyse" ? comparerPrerenseignees(envoi, f.valeurs) : [];
    const reference = ref?.chemin ?? null;
    const constat = base.statut === "analyse" ? constatEmpreinte(f.empreinte, reference) : null;
    const j: FichierRelectureJson = {
      ...base,
      constats: constat ? [...base.constats, constat] : base.constats,
      reference,
      empreinte: f.empreinte.kind,
      prerenseignees_modifiees: modifiees.map(json),
    };
    const synthese = ligneSynthese(j, {
      organisme: f.organisme,
      prerenseigneesModifiees: modifiees.length,
      // Avec un classeur envoyé, une empreinte absente ne dit rien ; altérée, elle reste à dire.
      empreinte:
        base.statut !== "analyse"
          ? null
          : reference && f.empreinte.kind === "absente"
            ? null
            : f.empreinte.kind,
    });
    return { json: j, modifiees, synthese, empreinte: f.empreinte };
  });
}

export function documentRelecture(version: string, retours: readonly RetourRelu[]) {
  const fichiers = retours.map((r) => r.json);
  const document: DocumentRelectureJson = {
    outil: "cpom-diagnostic",
    version,
    fichiers,
    resume: {
      ...resumer(fichiers),
      prerenseignees_modifiees: fichiers.reduce((n, f) => n + f.prerenseignees_modifiees.length, 0),
    },
  };
  return document;
}

/** 2 si un fichier est illisible ; 1 s'il reste une erreur ou une valeur pré-renseignée modifiée. */
export function codeRelecture(r: ResumeRelectureJson): 0 | 1 | 2 {
  if (r.illisibles > 0) return 2;
  return r.erreurs > 0 || r.prerenseignees_modifiees > 0 ? 1 : 0;
}
