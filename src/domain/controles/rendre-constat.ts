import { adresseA1 } from "../classeur/adresse";
import type { Location } from "../classeur/snapshot";
import { formaterNombre } from "../indicateurs/format";
import { MESSAGE_ECHEC } from "./moteur";
import { CONTROLES } from "./registre";
import type { Constat, ConstatRendu, Controle, MetaControle, Parametre } from "./types";

/**
 * Rendu français d'un constat : interpolation des `{{param}}` du message déclaré par le contrôle,
 * espace insécable avant « : ; ? ! » et à l'intérieur des guillemets. Paramètres implicites, s'ils
 * ne sont pas dans `data` : `cellule` (première cellule), `cellules` (liste), `onglet`, `n`.
 */

const NBSP = "\u00a0";
const MANQUANT = "—";

const ECHEC: Pick<MetaControle, "messages" | "pourquoi" | "correction"> = {
  messages: {
    [MESSAGE_ECHEC]: "Le contrôle {{controle}} n'a pas pu s'exécuter ({{erreur}}).",
  },
  pourquoi:
    "Une structure inattendue du classeur a interrompu ce contrôle ; les autres ont tourné.",
  correction: "Signaler ce message avec le classeur à l'équipe du complément.",
};

function formater(v: Parametre): string {
  if (typeof v === "string") return v;
  return Number.isInteger(v) ? formaterNombre(v, 0) : formaterNombre(v, 2, false);
}

function implicites(locations: readonly Location[]): Record<string, Parametre> {
  const premiere = locations[0];
  const res: Record<string, Parametre> = { n: locations.length };
  if (!premiere) return res;
  res.cellule = adresseA1(premiere.row, premiere.col);
  res.onglet = premiere.sheetName;
  res.cellules = locations.map((l) => adresseA1(l.row, l.col)).join(", ");
  return res;
}

/** Typographie française : espace insécable avant « : ; ? ! », dans « », sans double espace. */
export function typographier(texte: string): string {
  return texte
    .replace(/[ \u00a0\u202f]*([:;?!])(?=\s|$|»|\))/g, `${NBSP}$1`)
    .replace(/«[ \u00a0]*/g, `«${NBSP}`)
    .replace(/[ \u00a0]*»/g, `${NBSP}»`)
    .replace(/ {2,}/g, " ");
}

/** Accord : `{{n|cellule|cellules}}` → singulier si `n` vaut 0 ou 1 (règle française), sinon pluriel. */
const ACCORD = /\{\{\s*([\w-]+)\s*\|([^|}]*)\|([^|}]*)\}\}/g;

/**
 * Remplace les `{{param}}` et les accords `{{param|singulier|pluriel}}` ; un paramètre absent
 * devient « — » (jamais de `{{…}}` affiché).
 */
export function interpoler(modele: string, data: Readonly<Record<string, Parametre>>): string {
  const accorde = modele.replace(ACCORD, (_, cle: string, un: string, plusieurs: string) => {
    const v = Number(data[cle]);
    return Number.isFinite(v) && Math.abs(v) < 2 ? un : plusieurs;
  });
  return accorde.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, cle: string) => {
    const v = data[cle];
    return v === undefined ? MANQUANT : formater(v);
  });
}

/** Paramètres `{{x}}` d'un modèle de message. */
export function parametresDe(modele: string): string[] {
  return [...modele.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((m) => m[1] as string);
}

/** Données complètes d'un constat (implicites + `data`). */
export function donneesRendu(constat: Constat): Record<string, Parametre> {
  return { ...implicites(constat.locations), ...constat.data };
}

/** Métadonnées par id, indexées une fois par liste de contrôles (la première l'emporte). */
const index = new WeakMap<readonly Controle[], ReadonlyMap<string, MetaControle>>();

function metasDe(controles: readonly Controle[]): ReadonlyMap<string, MetaControle> {
  let m = index.get(controles);
  if (!m) {
    const parId = new Map<string, MetaControle>();
    for (const c of controles) if (!parId.has(c.meta.id)) parId.set(c.meta.id, c.meta);
    m = parId;
    index.set(controles, m);
  }
  return m;
}

export function rendreConstat(
  constat: Constat,
  controles: readonly Controle[] = CONTROLES,
): ConstatRendu {
  const meta =
    constat.messageId === MESSAGE_ECHEC ? ECHEC : metasDe(controles).get(constat.controle);
  const modele = meta?.messages[constat.messageId];
  const message =
    modele === undefined
      ? `Constat ${constat.controle} (${constat.messageId}).`
      : interpoler(modele, donneesRendu(constat));
  return {
    message: typographier(message),
    pourquoi: typographier(meta?.pourquoi ?? ""),
    correction: typographier(meta?.correction ?? ""),
  };
}
