import type { Champ, DiagnosticRepere, LigneEsms, Secteur } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { lireEntree } from "../indicateurs/lecture";

/**
 * Outils partagés des contrôles : lecture de nombres et de textes, catégorie d'un ESMS déduite de
 * sa catégorie déclarée ou de son nom (referentiels.md §1).
 */

export interface Categorie {
  readonly sigle: string;
  readonly code: string;
  readonly secteur: Secteur | "hors-ph";
  /** Service sans hébergement (pas d'internat attendu). */
  readonly service: boolean;
  /** Couverte par le Tableau de bord ANAP. */
  readonly tdb: boolean;
  /** Compétence exclusive du Département (saisie FLASH par l'OG). */
  readonly cd: boolean;
}

const c = (
  sigle: string,
  code: string,
  secteur: Categorie["secteur"],
  motifs: readonly string[],
  o: { service?: boolean; tdb?: boolean; cd?: boolean } = {},
) => ({
  cat: { sigle, code, secteur, service: !!o.service, tdb: o.tdb ?? true, cd: !!o.cd },
  motifs,
});

/** Ordre = ordre d'essai (les plus précis d'abord). Motifs : mots entiers du texte normalisé. */
const CATEGORIES = [
  c("SESSAD", "182", "enfance", ["sessad", "182"], { service: true }),
  c("IME", "183", "enfance", ["ime", "dime", "institut medico educatif", "183"]),
  c("ITEP", "186", "enfance", ["itep", "ditep", "186"]),
  c("EEAP", "188", "enfance", ["eeap", "polyhandicapes", "188"]),
  c("CMPP", "189", "enfance", ["cmpp", "189"], { service: true }),
  c("CAMSP", "190", "enfance", ["camsp", "190"], { service: true }),
  c("IEM", "192", "enfance", ["iem", "192"]),
  c("BAPU", "221", "enfance", ["bapu", "221"], { service: true, tdb: false }),
  c("SAMSAH", "445", "adultes", ["samsah", "445"], { service: true }),
  c("SAVS", "446", "adultes", ["savs", "446"], { service: true, cd: true }),
  c("ESAT", "246", "adultes", ["esat", "246"]),
  c("MAS", "255", "adultes", ["mas", "maison d accueil specialisee", "255"]),
  c("EANM", "449", "adultes", ["eanm", "449"], { cd: true }),
  c("EAM", "448", "adultes", ["eam", "448"]),
  c("FAM", "437", "adultes", ["fam", "foyer d accueil medicalise", "437"]),
  c("Foyer de vie", "382", "adultes", ["foyer de vie", "382"], { tdb: false, cd: true }),
  c("Foyer d'hébergement", "252", "adultes", ["foyer d hebergement", "252"], {
    tdb: false,
    cd: true,
  }),
  c("Foyer polyvalent", "253", "adultes", ["foyer d accueil polyvalent", "253"], {
    tdb: false,
    cd: true,
  }),
  c("EHPAD", "500", "hors-ph", ["ehpad", "500"], { tdb: false }),
];

function contient(texte: string, motif: string): boolean {
  return ` ${texte} `.includes(` ${motif} `);
}

/** Catégorie reconnue dans un texte (catégorie déclarée, puis nom). */
export function categorieDe(...textes: readonly string[]): Categorie | undefined {
  for (const t of textes) {
    const n = normaliserTexte(t);
    if (!n) continue;
    const trouvee = CATEGORIES.find((x) => x.motifs.some((m) => contient(n, m)));
    if (trouvee) return trouvee.cat;
  }
  return undefined;
}

export function texte(champ: Champ | undefined): string {
  const v = champ?.cellule.value;
  return v === undefined || typeof v === "boolean" ? "" : String(v).trim();
}

/** Nombre lu (texte « à la française » accepté) ; `null` si vide ou illisible. */
export function nombre(champ: Champ | undefined): number | null {
  return lireEntree(champ).valeur;
}

export function categorieEsms(l: LigneEsms): Categorie | undefined {
  return categorieDe(texte(l.champs.categorie), texte(l.champs.nom));
}

/** Nom affichable d'une ligne d'ESMS : nom, sinon FINESS, sinon « ligne n ». */
export function nomEsms(l: LigneEsms): string {
  return texte(l.champs.nom) || texte(l.champs.finess) || `ligne ${l.row + 1}`;
}

/** Lignes d'ESMS réellement renseignées (un FINESS ou un nom). */
export function esmsRenseignes(repere: DiagnosticRepere): LigneEsms[] {
  return (repere.annexe1?.esms ?? []).filter((l) => texte(l.champs.finess) || texte(l.champs.nom));
}

/** Secteurs présents à l'Annexe 1. */
export function secteursAnnexe1(repere: DiagnosticRepere): Set<Secteur> {
  return new Set(esmsRenseignes(repere).map((l) => l.secteur));
}
