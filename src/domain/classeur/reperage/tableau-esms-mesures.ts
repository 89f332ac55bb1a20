import type { EnTete, LigneEnTete, Vue } from "../tableaux";
import type { Libelle } from "./feuille";
import { normaliserTexte } from "../texte";
import { definitionDe } from "./correspondance";
import type { Bloc } from "./tableau-esms-blocs";
import { COLONNES_ESMS } from "./synonymes";

/**
 * En-têtes des mesures d'un bloc d'ESMS : la ligne (colonne, si le tableau est transposé) de
 * libellés la plus fournie avant le premier ESMS, avec son en-tête de groupe fusionné au-dessus
 * (« Projet personnalisé », « Axe du tableau de bord »). Les en-têtes d'identité (nom, catégorie,
 * commune) sont reconnus par leurs synonymes et mis à part ; jamais une position supposée.
 */

const FENETRE = 8;
const IDENTITE = new Set(["finess", "nom", "categorie", "commune"]);

export interface MesuresBloc {
  readonly entete: LigneEnTete;
  /** Format long : colonne (ligne) du mode d'accueil ou de l'exercice de chaque ligne. */
  readonly mode?: EnTete;
  /** En-têtes d'identité reconnus (clé → en-tête). */
  readonly identite: Readonly<Partial<Record<string, EnTete>>>;
}

const couvre = (v: Vue, l: Libelle, m: number) => {
  const z = v.etendue(l.zone);
  return z.m0 <= m && m <= z.m1;
};

/** Libellés d'en-tête d'une ligne : ceux qui commencent sur `e` et ceux fusionnés jusqu'à `e`. */
function libellesLigne(v: Vue, e: number, depuis: number, b: Bloc): Libelle[] {
  const out: Libelle[] = [];
  const e0 = b.entites[0] as number;
  for (let x = Math.max(depuis, e - 3); x <= e; x++) {
    for (const l of v.libellesEn(x)) {
      const z = v.etendue(l.zone);
      // Un bandeau qui s'étend au-dessus des ESMS est un titre, pas un en-tête.
      if (z.e1 < e || z.e1 >= e0 || couvre(v, l, b.m)) continue;
      if (x < e && (z.m1 > z.m0 || z.e1 !== e)) continue; // un groupe au-dessus
      out.push(l);
    }
  }
  return out;
}

function meilleureLigne(b: Bloc, depuis: number): number | undefined {
  const e0 = b.entites[0] as number;
  let meilleure: { e: number; n: number } | undefined;
  for (let e = e0 - 1; e >= Math.max(depuis, e0 - FENETRE); e--) {
    const n = new Set(libellesLigne(b.v, e, depuis, b).map((l) => l.norm)).size;
    if (n > 0 && (!meilleure || n > meilleure.n)) meilleure = { e, n };
  }
  return meilleure?.e;
}

/**
 * En-têtes de groupe possibles de la ligne `eh` : libellés fusionnés sur plusieurs mesures qui
 * finissent sur la ligne juste avant (commencés sur elle, puis sur celle d'avant), dans cet ordre.
 */
function groupesPossibles(v: Vue, eh: number): { g: Libelle; m0: number; m1: number }[] {
  return [...v.libellesEn(eh - 1), ...v.libellesEn(eh - 2)].flatMap((g) => {
    const zg = v.etendue(g.zone);
    return zg.e1 === eh - 1 && zg.m1 > zg.m0 ? [{ g, m0: zg.m0, m1: zg.m1 }] : [];
  });
}

/** En-tête de groupe : libellé fusionné sur plusieurs mesures, sur la ligne juste avant. */
function groupeDe(
  v: Vue,
  possibles: readonly { g: Libelle; m0: number; m1: number }[],
  l: Libelle,
): Libelle | undefined {
  const z = v.etendue(l.zone);
  return possibles.find((x) => x.m0 <= z.m0 && z.m1 <= x.m1)?.g;
}

/** Vrai si une des lignes du bloc a une valeur ou une saisie sous l'en-tête. */
function utile(b: Bloc, h: EnTete): boolean {
  return b.entites.some((e) => {
    for (let m = h.m0; m <= h.m1; m++) {
      const t = b.v.type(e, m);
      if (t === "saisie" || t === "incertaine" || t === "pre-rempli" || t === "calcul") return true;
      const c = b.v.ancre(e, m);
      if (c.value !== null && c.value !== "" && t !== "masquee") return true;
    }
    return false;
  });
}

/** Format long : un FINESS fusionné sur plusieurs lignes d'entités. */
const long = (b: Bloc) =>
  b.entites.some((e) => {
    const z = b.v.zone(e, b.m);
    return z.e1 > z.e0;
  });

/** Toutes les cellules du bloc sous l'en-tête sont des libellés (mode d'accueil, exercice). */
const toutTexte = (b: Bloc, h: EnTete) =>
  b.entites
    .slice(0, b.finess)
    .every((e) => b.v.type(e, h.m0) === "libelle" && b.v.f.estLibelle(b.v.ancre(e, h.m0)));

export function mesuresBloc(b: Bloc, depuis: number): MesuresBloc | undefined {
  const { v } = b;
  const eh = meilleureLigne(b, depuis);
  if (eh === undefined) return undefined;
  const entetes: EnTete[] = [];
  const identite: Record<string, EnTete> = {};
  const vues = new Set<string>();
  const possibles = groupesPossibles(v, eh);
  for (const l of libellesLigne(v, eh, depuis, b)) {
    const z = v.etendue(l.zone);
    const g = groupeDe(v, possibles, l);
    const base = {
      libelle: l.texte,
      ...(g ? { groupe: g.texte } : {}),
      m0: z.m0,
      m1: z.m1,
      confiance: 1,
    };
    const id = definitionDe(l.norm, COLONNES_ESMS);
    if (id && IDENTITE.has(id.definition.cle) && !identite[id.definition.cle]) {
      identite[id.definition.cle] = { ...base, cle: id.definition.cle };
      continue;
    }
    let cle = l.norm;
    if (vues.has(cle) && g) cle = normaliserTexte(`${g.texte} ${l.texte}`);
    if (vues.has(cle)) continue;
    const h: EnTete = { ...base, cle };
    if (!utile(b, h)) continue;
    vues.add(cle);
    entetes.push(h);
  }
  entetes.sort((a, c) => a.m0 - c.m0);
  const mode = long(b) ? entetes.find((h) => toutTexte(b, h)) : undefined;
  if (mode) entetes.splice(entetes.indexOf(mode), 1);
  if (entetes.length === 0) return undefined;
  const tous = [...entetes, ...Object.values(identite)];
  const entete: LigneEnTete = {
    orientation: v.orientation,
    e: eh,
    bas: eh,
    entetes,
    libres: [],
    m0: Math.min(b.m, ...tous.map((h) => h.m0)),
    m1: Math.max(b.m, ...tous.map((h) => h.m1)),
  };
  return { entete, identite, ...(mode ? { mode } : {}) };
}
