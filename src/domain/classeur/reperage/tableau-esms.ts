import type { Champ, TableauEsms } from "../modele";
import { lireEntites, trouverTableaux, Vue, type EnTete, type EntiteLue } from "../tableaux";
import type { Feuille } from "./feuille";
import type { Avertir } from "./localiser-types";
import { rendreRepere } from "./messages-reperage";
import { COLONNES_ESMS } from "./synonymes";
import { blocsFiness, estFiness, type Bloc } from "./tableau-esms-blocs";
import { mesuresBloc, type MesuresBloc } from "./tableau-esms-mesures";

export { estFiness } from "./tableau-esms-blocs";

/**
 * 2-B, 2-C et 2-G : un ESMS par ligne et un indicateur par colonne, ou l'inverse, un ou plusieurs
 * tableaux par onglet. L'axe des ESMS est celui qui porte les numéros FINESS ; les en-têtes
 * d'indicateurs sont la ligne de libellés la plus fournie avant le premier ESMS (modèle, §5.9,
 * §5.10, §5.14). Sans FINESS, le tableau est cherché par son en-tête « Nom de l'établissement ».
 * Les cellules sont lues par le lecteur générique (fusions, lignes réservées, totaux).
 */

type Esms = TableauEsms["esms"][number];

const texte = (v: unknown) =>
  v === null || v === undefined || typeof v === "boolean" ? "" : String(v).trim();

/** Ligne (ou colonne) des noms : en-tête reconnu, sinon la plus variée des lignes de texte voisines des FINESS. */
function positionNom(b: Bloc, m: MesuresBloc): number | undefined {
  const h = m.identite.nom;
  if (h) return h.m0;
  const mesures = new Set(m.entete.entetes.flatMap((x) => [x.m0, x.m1]));
  let meilleure: { m: number; distincts: number; longueur: number } | undefined;
  for (let x = b.m - 3; x <= b.m + 3; x++) {
    if (x === b.m || mesures.has(x) || x < b.v.mMin || x > b.v.mMax) continue;
    const textes = b.entites
      .slice(0, b.finess)
      .map((e) => b.v.valeurAncre(e, x))
      .filter((v): v is string => typeof v === "string" && v.trim() !== "" && !estFiness(v));
    if (textes.length < Math.ceil(b.finess / 2)) continue;
    const distincts = new Set(textes).size;
    const longueur = textes.reduce((s, t) => s + t.length, 0) / textes.length;
    if (
      !meilleure ||
      distincts > meilleure.distincts ||
      (distincts === meilleure.distincts && longueur > meilleure.longueur)
    )
      meilleure = { m: x, distincts, longueur };
  }
  return meilleure?.m;
}

function versEsms(l: EntiteLue, finess: string, nom: string, mode?: string): Esms {
  const valeurs: Record<string, Champ> = {};
  for (const [k, c] of Object.entries(l.champs)) if (c) valeurs[k] = c;
  return {
    finess,
    nom,
    valeurs,
    ...(mode ? { mode } : {}),
    ...(!finess && !nom ? { reservee: true } : {}),
  };
}

function lireBloc(b: Bloc, m: MesuresBloc): Esms[] {
  const { v } = b;
  const pNom = positionNom(b, m);
  const out: Esms[] = [];
  for (const e of b.entites) {
    const lu = lireEntites(v, { ...m.entete, bas: e - 1 }, { arret: (x) => x > e });
    const l = lu.entites[0] ?? lu.total;
    if (!l || l.total) continue;
    const finess = texte(v.valeurAncre(e, b.m));
    const nom = pNom === undefined ? "" : texte(v.valeurAncre(e, pNom));
    const long = v.zone(e, b.m).e1 > v.zone(e, b.m).e0;
    const mode = m.mode
      ? texte(v.valeurAncre(e, m.mode.m0))
      : long
        ? l.libelles.find((x) => x.trim() !== finess && x.trim() !== nom && !estFiness(x))
        : undefined;
    out.push(versEsms(l, finess, nom, mode));
  }
  return out;
}

/** Sans FINESS : tableaux dont l'en-tête porte « Nom de l'établissement » ; mesures = autres en-têtes. */
function parNoms(f: Feuille): Esms[] {
  const out: Esms[] = [];
  const schema = { definitions: COLONNES_ESMS, min: 1, requises: ["nom"], identites: ["nom"] };
  for (const t of trouverTableaux(f, schema)) {
    const mesures: EnTete[] = t.entete.libres.map((x) => ({
      cle: x.norm,
      libelle: x.libelle,
      ...(x.groupe ? { groupe: x.groupe } : {}),
      m0: x.m0,
      m1: x.m1,
      confiance: 0.8,
    }));
    if (mesures.length === 0) continue;
    const entete = { ...t.entete, entetes: [...t.entete.entetes, ...mesures] };
    const lu = lireEntites(new Vue(f, t.orientation), entete, { identites: new Set(["nom"]) });
    for (const l of lu.entites) {
      const nom = texte(l.champs.nom?.cellule.value);
      if (l.total) continue;
      const { nom: _n, ...valeurs } = l.champs;
      void _n;
      out.push(versEsms({ ...l, champs: valeurs }, "", nom));
    }
  }
  return out;
}

export function repererTableauEsms(f: Feuille, avertir: Avertir): TableauEsms {
  const esms: Esms[] = [];
  const fins: Record<string, number> = {};
  let sansMesures = 0;
  const blocs = blocsFiness(f).sort((a, b) => (a.entites[0] as number) - (b.entites[0] as number));
  for (const b of blocs) {
    const o = b.v.orientation;
    const m = mesuresBloc(b, fins[o] ?? b.v.eMin);
    fins[o] = (b.entites[b.entites.length - 1] as number) + 1;
    if (!m) {
      sansMesures++;
      continue;
    }
    esms.push(...lireBloc(b, m));
  }
  if (blocs.length === 0) esms.push(...parNoms(f));
  if (esms.length === 0 && blocs.length === 0) {
    avertir(rendreRepere({ code: "esms/sans-tableau", params: { onglet: f.sheet.name } }));
  } else if (sansMesures > 0 && esms.length === 0) {
    avertir(rendreRepere({ code: "esms/sans-mesures", params: { onglet: f.sheet.name } }));
  }
  return { onglet: f.onglet, esms };
}
