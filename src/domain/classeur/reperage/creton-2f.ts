import type { Champ, Creton2F, LigneCreton, ModeAccueil } from "../modele";
import { trouverEnTetes, type LigneEnTete } from "../tableaux/entetes";
import { lireEntites, type EntiteLue } from "../tableaux/lignes";
import { Vue } from "../tableaux/vue";
import { normaliserTexte } from "../texte";
import {
  CLES_2F,
  colonnes2F,
  ENTETES_2F,
  modeDe,
  orientationDe,
  type Colonne2F,
} from "./creton-2f-colonnes";
import type { Feuille } from "./feuille";
import type { Avertir } from "./localiser-types";
import { rendreRepere } from "./messages-reperage";

/**
 * 2-F : Creton par établissement × mode d'accueil × orientation, lu par le lecteur générique de
 * tableaux dans les deux orientations de la feuille. Grille (groupes « Internat » / « Semi-internat »
 * au-dessus des orientations) ou format long (une ligne par mode, FINESS et nom fusionnés sur les
 * lignes de l'établissement) ; totaux de ligne, d'établissement, par mode et général, tapés ou par
 * formule. Aucune position, aucun ordre de colonnes, aucune orientation n'est supposé.
 */

interface Lecture {
  readonly v: Vue;
  readonly colonnes: readonly Colonne2F[];
  readonly entites: readonly EntiteLue[];
  readonly totaux: readonly EntiteLue[];
  readonly valeurs: number;
}

const texteDe = (c: Champ | undefined) => String(c?.cellule.value ?? "").trim();

/** Mode et orientation portés par la ligne elle-même (colonne « Mode d'accueil », libellés). */
function dimensionsLigne(x: EntiteLue, colonnes: readonly Colonne2F[]) {
  const textes = [
    ...colonnes
      .filter((c) => c.role.genre === "mode" || c.role.genre === "orientation")
      .map((c) => texteDe(x.champs[c.entete.cle])),
    ...x.libelles,
  ];
  const mode = textes.map((t) => modeDe(t)).find((m) => m !== undefined);
  const orientation = textes
    .filter((t) => !/^total\b/.test(normaliserTexte(t)))
    .map((t) => orientationDe(t))
    .find((o) => o !== undefined);
  return { mode, orientation };
}

/** Une ou plusieurs lignes lues (format long : les lignes d'un même établissement) → LigneCreton. */
function ligneCreton(groupe: readonly EntiteLue[], colonnes: readonly Colonne2F[]): LigneCreton {
  const valeurs: LigneCreton["valeurs"][number][] = [];
  const totauxModes: Partial<Record<ModeAccueil, Champ>> = {};
  const orientations: NonNullable<LigneCreton["totauxOrientations"]>[number][] = [];
  let total: Champ | undefined;
  for (const x of groupe) {
    const ligne = dimensionsLigne(x, colonnes);
    for (const c of colonnes) {
      const champ = x.champs[c.entete.cle];
      if (!champ) continue;
      const r = c.role;
      if (r.genre === "valeur") {
        const mode = r.mode ?? ligne.mode;
        const orientation = r.orientation ?? ligne.orientation;
        const cle = `${mode ?? "tous"}.${orientation ?? "toutes"}`;
        const propre = { ...champ, cle, libelle: c.entete.libelle };
        if (mode && orientation) valeurs.push({ mode, orientation, champ: propre });
        else if (orientation) orientations.push({ orientation, champ: propre });
        else if (mode) totauxModes[mode] ??= propre;
      } else if (r.genre === "total") {
        const mode = r.mode ?? (r.etablissement ? undefined : ligne.mode);
        const propre = { ...champ, cle: `total${mode ? `.${mode}` : ""}` };
        if (mode) totauxModes[mode] ??= propre;
        else total ??= propre;
      }
    }
  }
  const [premiere] = groupe;
  const id = (cle: string) => {
    const c = premiere?.champs[cle];
    return c
      ? { ...c, libelle: colonnes.find((k) => k.entete.cle === cle)?.entete.libelle ?? cle }
      : undefined;
  };
  const finess = id("finess");
  const nom = id("nom");
  return {
    row: premiere?.e ?? 0,
    ...(finess ? { finess } : {}),
    ...(nom ? { nom } : {}),
    valeurs,
    ...(total ? { total } : {}),
    ...(Object.keys(totauxModes).length > 0 ? { totauxModes } : {}),
    ...(orientations.length > 0 ? { totauxOrientations: orientations } : {}),
  };
}

/** Identité d'une ligne : FINESS, sinon nom (valeur lue à travers les fusions verticales). */
function identite(x: EntiteLue): string | undefined {
  const f = texteDe(x.champs.finess);
  const n = texteDe(x.champs.nom);
  return f ? `f:${f}` : n ? `n:${normaliserTexte(n)}` : undefined;
}

/** Lignes consécutives d'un même établissement regroupées (format long, fusionné ou répété). */
function regrouper(l: Lecture): EntiteLue[][] {
  const groupes: { id?: string; modes: Set<string>; lignes: EntiteLue[] }[] = [];
  for (const x of l.entites) {
    const id = identite(x);
    const mode = dimensionsLigne(x, l.colonnes).mode;
    const prec = groupes.at(-1);
    const suite =
      prec &&
      ((id !== undefined && id === prec.id) ||
        (id === undefined && !x.reservee && mode !== undefined && !prec.modes.has(mode)));
    if (suite) {
      prec.lignes.push(x);
      if (mode) prec.modes.add(mode);
    } else groupes.push({ ...(id ? { id } : {}), modes: new Set(mode ? [mode] : []), lignes: [x] });
  }
  return groupes.map((g) => g.lignes);
}

/** Lignes d'entités sous un en-tête, totaux intermédiaires compris (« Total internat » puis suite). */
function lire(v: Vue, t: LigneEnTete, arret: number): Lecture {
  const colonnes = colonnes2F(v, t);
  const entete: LigneEnTete = { ...t, entetes: colonnes.map((c) => c.entete) };
  const o = { identites: new Set(["finess", "nom"]), arret: (e: number) => e >= arret };
  const entites: EntiteLue[] = [];
  const totaux: EntiteLue[] = [];
  const saisies = (x: EntiteLue) =>
    colonnes.some((c) => c.role.genre === "valeur" && x.champs[c.entete.cle]?.saisie);
  let bas = t.bas;
  for (;;) {
    const lu = lireEntites(v, { ...entete, bas }, o);
    // Après un total, une suite sans saisie (note, source…) n'appartient pas au tableau.
    if (bas !== t.bas && !lu.entites.some(saisies) && !lu.total) break;
    for (const x of lu.entites) (x.total ? totaux : entites).push(x);
    if (lu.total) totaux.push(lu.total);
    if (!lu.total || lu.fin > v.eMax) break;
    bas = lu.fin - 1;
  }
  const valeurs = entites.reduce(
    (s, x) =>
      s + colonnes.filter((c) => c.role.genre === "valeur" && x.champs[c.entete.cle]).length,
    0,
  );
  return { v, colonnes, entites, totaux, valeurs };
}

function candidats(f: Feuille): Lecture[] {
  const out: Lecture[] = [];
  for (const orientation of ["lignes", "colonnes"] as const) {
    const v = new Vue(f, orientation);
    const lignes = trouverEnTetes(v, ENTETES_2F, { min: 2, requises: CLES_2F });
    lignes.forEach((t, i) => out.push(lire(v, t, lignes[i + 1]?.e ?? Infinity)));
  }
  return out;
}

export function reperer2F(f: Feuille, avertir: Avertir): Creton2F {
  const lus = candidats(f);
  const complets = (l: Lecture) =>
    l.entites.reduce((s, x) => s + ligneCreton([x], l.colonnes).valeurs.length, 0);
  const identites = (l: Lecture) => l.colonnes.filter((c) => c.role.genre === "identite").length;
  const [meilleur] = lus.sort(
    (a, b) => complets(b) - complets(a) || identites(b) - identites(a) || b.valeurs - a.valeurs,
  );
  if (!meilleur) {
    avertir(rendreRepere({ code: "creton-2f/sans-entetes", params: {} }));
    return { onglet: f.onglet, lignes: [] };
  }
  const { colonnes } = meilleur;
  const valeurs = colonnes.filter((c) => c.role.genre === "valeur");
  const enLigne = colonnes.some((c) => c.role.genre === "mode" || c.role.genre === "orientation");
  for (const c of valeurs) {
    if (c.role.genre !== "valeur" || (c.role.mode && c.role.orientation) || enLigne) continue;
    const colonne = c.entete.libelle.trim();
    avertir(
      rendreRepere(
        c.role.mode
          ? { code: "creton-2f/colonne-sans-orientation", params: { colonne } }
          : { code: "creton-2f/colonne-sans-mode", params: { colonne } },
      ),
    );
  }
  if (!colonnes.some((c) => c.role.genre === "identite"))
    avertir(rendreRepere({ code: "creton-2f/sans-identite", params: {} }));
  const lignes = regrouper(meilleur).map((g) => ligneCreton(g, colonnes));
  if (lignes.length === 0) avertir(rendreRepere({ code: "creton-2f/sans-ligne", params: {} }));
  else if (lignes.every((l) => l.valeurs.length === 0))
    avertir(rendreRepere({ code: "creton-2f/sans-valeur", params: {} }));
  let total: LigneCreton | undefined;
  const totauxModes: Partial<Record<ModeAccueil, LigneCreton>> = {};
  for (const x of meilleur.totaux) {
    const l = ligneCreton([x], colonnes);
    const mode = [...x.libelles, ...Object.values(x.champs).map(texteDe)]
      .map((t) => (/^(sous )?total\b/.test(normaliserTexte(t)) ? modeDe(t) : undefined))
      .find((m) => m !== undefined);
    if (mode) totauxModes[mode] ??= l;
    else total = l;
  }
  return {
    onglet: f.onglet,
    lignes,
    ...(total ? { total } : {}),
    ...(Object.keys(totauxModes).length > 0 ? { totauxModes } : {}),
  };
}
