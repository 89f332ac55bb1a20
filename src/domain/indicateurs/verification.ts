import { adresseA1 } from "../classeur/adresse";
import type { DiagnosticRepere } from "../classeur/modele";
import type { CellValue, Location } from "../classeur/snapshot";
import { formaterValeur } from "./format";
import { lireEntree } from "./lecture";
import { rendreIndicateur, type MessageDuCode } from "./messages";
import { evaluerInstances, type Evaluation } from "./registre";
import type { Unite } from "./types";

/**
 * Vérification des formules du classeur (indicateurs.md §1, contrôles `classeur/formule-perimee`,
 * `classeur/formule-remplacee`, `saisie/texte-dans-nombre`). Là où le classeur calcule lui-même,
 * sa valeur en cache est comparée au calcul du complément, au-delà d'une tolérance par unité.
 */

export type TypeEcart = "formule-perimee" | "formule-remplacee" | "texte-dans-nombre";

/** Le message d'un écart, en données (catalogue des indicateurs, `messages.ts`). */
export type MessageEcart = MessageDuCode<
  | "ecart/texte-dans-nombre"
  | "ecart/formule-remplacee-vide"
  | "ecart/formule-remplacee-saisie"
  | "ecart/formule-perimee"
>;

interface Ecart {
  readonly type: TypeEcart;
  readonly indicateur?: string;
  readonly libelle: string;
  readonly location: Location;
  /** Valeur en cache (ou saisie) dans le classeur. */
  readonly cache: CellValue;
  /** Calcul du complément (`null` : non calculable). */
  readonly attendu: number | null;
}

/** Un écart : `code` et `params`, son message en données ; `message`, son texte rendu. */
export type EcartFormule = Ecart & MessageEcart & { readonly message: string };

/** L'écart `e` et son message, rendu une fois (seulement pour un écart trouvé). */
function ecart(e: Ecart, m: MessageEcart): EcartFormule {
  return { ...e, ...m, message: rendreIndicateur(m) };
}

/** Écart toléré entre le cache et le calcul (strictement au-delà = écart signalé). */
export const TOLERANCES: Readonly<Record<Unite, number>> = {
  "%": 0.0005, // 0,05 point de %
  "€": 1,
  jours: 0.1,
  ans: 0.1,
  nombre: 0.01,
  ratio: 0.01,
  ETP: 0.01,
};

/**
 * Formule sans référence de cellule ni nom (« =12 », « =0,5 », « =1.5E+3 ») : une constante
 * déguisée. L'exposant n'est retiré qu'après un chiffre : « =E29+E31 » (colonne E) est une formule.
 */
export function estConstante(formule: string): boolean {
  return !/[A-Za-z_]/.test(formule.replace(/^=/, "").replace(/([\d.])E[+-]?\d+/gi, "$1"));
}

function cellule(l: Location): string {
  return `${l.sheetName}!${adresseA1(l.row, l.col)}`;
}

/** `evaluations` : celles de `calculerIndicateurs` quand elles sont déjà faites (une seule évaluation). */
export function verifierFormules(
  repere: DiagnosticRepere,
  evaluations: readonly Evaluation[] = evaluerInstances(repere),
): EcartFormule[] {
  const ecarts: EcartFormule[] = [];
  const textes = new Map<string, EcartFormule>();
  for (const { instance, resultat: r } of evaluations) {
    for (const e of r.entrees) {
      if (!e.depuisTexte || !e.location) continue;
      const cle = `${e.location.sheetId}:${e.location.row}:${e.location.col}`;
      if (textes.has(cle)) continue;
      textes.set(
        cle,
        ecart(
          {
            type: "texte-dans-nombre",
            libelle: e.libelle,
            location: e.location,
            cache: e.brute ?? "",
            attendu: e.valeur,
          },
          {
            code: "ecart/texte-dans-nombre",
            params: {
              cellule: cellule(e.location),
              texte: String(e.brute),
              nombre: formaterValeur(e.valeur, "nombre"),
            },
          },
        ),
      );
    }
    const champ = instance.resultat;
    if (!champ) continue;
    const { value, formula } = champ.cellule;
    const base = {
      indicateur: r.id,
      libelle: r.libelle,
      location: champ.location,
      cache: value,
      attendu: r.valeur,
    };
    // Textes écrits seulement pour un écart trouvé (la plupart des cellules sont à jour).
    const calcul = () =>
      r.valeur === null
        ? rendreIndicateur({ code: "ecart/non-calculable", params: {} })
        : formaterValeur(r.valeur, r.unite);
    const perimetre = () => [r.perimetre.libelle, r.perimetre.exercice].filter(Boolean).join(", ");
    if (formula === null || estConstante(formula)) {
      // Une valeur tapée dans une cellule de saisie (une ligne de total bleue, à remplir par
      // l'organisme) est une saisie, pas une formule remplacée : la somme est contrôlée ailleurs.
      if (champ.saisie) continue;
      const commun = {
        cellule: cellule(champ.location),
        indicateur: r.libelle,
        perimetre: perimetre(),
        calcul: calcul(),
      };
      ecarts.push(
        ecart(
          { ...base, type: "formule-remplacee" },
          value === ""
            ? { code: "ecart/formule-remplacee-vide", params: commun }
            : {
                code: "ecart/formule-remplacee-saisie",
                params: { ...commun, valeur: String(value) },
              },
        ),
      );
      continue;
    }
    const lu = lireEntree(champ);
    const cacheVide = lu.raison === "donnee-manquante";
    // Toutes les entrées vides : la formule d'Excel (SOMME, B1+B3-B4…) affiche 0, à jour.
    const entreesVides =
      r.entrees.length > 0 && r.entrees.every((e) => e.raison === "donnee-manquante");
    const coherent =
      lu.valeur !== null && r.valeur !== null
        ? Math.abs(lu.valeur - r.valeur) <= TOLERANCES[r.unite]
        : r.valeur === null &&
          (cacheVide || lu.raison === "valeur-erreur" || (entreesVides && lu.valeur === 0));
    if (coherent) continue;
    const cache =
      lu.valeur !== null
        ? formaterValeur(lu.valeur, r.unite)
        : cacheVide
          ? rendreIndicateur({ code: "ecart/cache-vide", params: {} })
          : String(value);
    ecarts.push(
      ecart(
        { ...base, type: "formule-perimee" },
        {
          code: "ecart/formule-perimee",
          params: {
            indicateur: r.libelle,
            perimetre: perimetre(),
            cache,
            cellule: cellule(champ.location),
            calcul: calcul(),
          },
        },
      ),
    );
  }
  return [...ecarts, ...textes.values()];
}
