import { normaliserFiness } from "../../../valeurs/finess";
import type { Colonne2D, Forme2D, Indicateur2D } from "../../modele";
import type { Location } from "../../snapshot";
import { normaliserTexte } from "../../texte";
import type { Ligne2D, LignesLues2D } from "./lignes";
import type { Paire2D } from "./paires";
import { reconnaitreIntitule2D } from "./intitules";
import { airDePerimetre, finessDans, nomSansFiness } from "./roles";
import type { Titre2D } from "./titre";

/**
 * 2-D : des blocs lus aux indicateurs du modèle. Pour chaque ligne, qui est l'indicateur et qui
 * le périmètre : les en-têtes le disent (« Indicateur », « FINESS », « Établissement »,
 * « Périmètre ») ; sinon l'intitulé reconnu d'un indicateur du modèle, puis l'allure d'un périmètre
 * (FINESS, catégorie d'ESMS, « Organisme », « Secteur… ») ; à défaut, l'intitulé du bloc est
 * l'indicateur (forme du modèle). Un même indicateur lu dans plusieurs blocs (un bloc par ESMS)
 * est réuni.
 */

export interface Bloc2D {
  readonly paire: Paire2D;
  readonly titre: Titre2D;
  readonly lues: LignesLues2D;
  readonly matrice: boolean;
}

interface Affectation {
  readonly indicateur: string;
  readonly location?: Location;
  readonly perimetre: string;
  readonly finessTexte?: string;
  readonly nomTexte?: string;
  readonly forme: Forme2D;
}

const estIndicateur = (t: string) =>
  t ? reconnaitreIntitule2D(normaliserTexte(t)) !== undefined : false;
const estPerimetre = (t: string) => (t ? airDePerimetre(normaliserTexte(t), t) : false);

function affecter(b: Bloc2D, l: Ligne2D): Affectation {
  const ids = l.identites;
  const titre = b.titre.texte;
  const parLigne = ids.nom ?? ids.perimetre ?? ids.finess;
  const loc = b.titre.location;
  if (ids.indicateur) {
    return {
      indicateur: ids.indicateur,
      location: l.numerateur.location,
      perimetre: parLigne ?? titre,
      ...(ids.finess ? { finessTexte: ids.finess } : {}),
      ...(ids.nom ? { nomTexte: ids.nom } : {}),
      forme: parLigne ? "tableau" : "bloc-esms",
    };
  }
  const forme: Forme2D = b.matrice ? "matrice" : "bloc-indicateur";
  if (parLigne) {
    return {
      indicateur: titre,
      ...(loc ? { location: loc } : {}),
      perimetre: parLigne,
      ...(ids.finess ? { finessTexte: ids.finess } : {}),
      ...(ids.nom ? { nomTexte: ids.nom } : {}),
      forme,
    };
  }
  const texte = l.texte;
  const pointsLigne = (estIndicateur(texte) ? 2 : 0) + (estPerimetre(titre) ? 1 : 0);
  const pointsTitre = (estIndicateur(titre) ? 2 : 0) + (estPerimetre(texte) ? 1 : 0);
  if (pointsLigne > pointsTitre) {
    return {
      indicateur: texte,
      location: l.numerateur.location,
      perimetre: titre,
      forme: b.matrice ? "matrice" : "bloc-esms",
    };
  }
  return { indicateur: titre, ...(loc ? { location: loc } : {}), perimetre: texte, forme };
}

function colonne(a: Affectation, l: Ligne2D, seule: boolean): Colonne2D {
  const brut = a.perimetre.trim();
  const finess = normaliserFiness(a.finessTexte ?? "") || finessDans(brut);
  const nom = a.nomTexte?.trim() || nomSansFiness(brut);
  return {
    perimetre: nom || brut || (seule ? "Organisme" : ""),
    numerateur: l.numerateur,
    denominateur: l.denominateur,
    ...(l.taux ? { taux: l.taux } : {}),
    ...(finess ? { finess } : {}),
    ...(nom ? { nom } : {}),
  };
}

const cleIndicateur = (intitule: string) => {
  const n = normaliserTexte(intitule);
  return reconnaitreIntitule2D(n)?.id ?? n;
};

/** Indicateurs des blocs, dans l'ordre de lecture de la feuille, réunis par indicateur reconnu. */
export function assembler(blocs: readonly Bloc2D[]): Indicateur2D[] {
  const parCle = new Map<string, { ind: Indicateur2D; colonnes: Colonne2D[] }>();
  for (const b of blocs) {
    for (const l of b.lues.lignes) {
      const a = affecter(b, l);
      const cle = cleIndicateur(a.indicateur);
      let g = parCle.get(cle);
      if (!g) {
        const location = a.location ?? l.numerateur.location;
        g = {
          ind: {
            intitule: a.indicateur.trim(),
            row: location.row,
            libelleNumerateur: b.titre.explications.numerateur || b.lues.explications.numerateur,
            libelleDenominateur:
              b.titre.explications.denominateur || b.lues.explications.denominateur,
            colonnes: [],
            forme: a.forme,
            location,
          },
          colonnes: [],
        };
        parCle.set(cle, g);
      }
      g.colonnes.push(colonne(a, l, b.lues.lignes.length === 1));
    }
  }
  return [...parCle.values()]
    .map((g) => ({ ...g.ind, colonnes: g.colonnes }))
    .sort((x, y) => {
      const [a, b] = [x.location, y.location];
      return (a?.row ?? x.row) - (b?.row ?? y.row) || (a?.col ?? 0) - (b?.col ?? 0);
    });
}
