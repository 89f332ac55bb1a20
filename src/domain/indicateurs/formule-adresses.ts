import { adresseA1, citerFeuille } from "../classeur/adresse";
import type { Location } from "../classeur/snapshot";
import { memoriser } from "../valeurs/memoire";
import type { EntreeInstance, Instance } from "./types";

/**
 * Formule attendue d'une instance avec les adresses réelles (syntaxe anglaise) : `{cle}` devient
 * l'adresse de l'entrée, `{*}` la liste des entrées que la formule ne nomme pas ailleurs (le
 * dénominateur `{capacite}` de « =SUM({*})/{capacite} » n'entre pas dans la somme). Chaque modèle
 * est découpé une fois ; une adresse est préfixée de sa feuille (citée) hors de la feuille du
 * résultat.
 */

interface Modele {
  /** Texte littéral aux rangs pairs, clé (`*` : la liste) aux rangs impairs. */
  readonly morceaux: readonly string[];
  readonly nommees: ReadonlySet<string>;
  readonly liste: boolean;
  /** Découpage sans ambiguïté : accolades toutes appariées, au plus un `{*}`. */
  readonly net: boolean;
}

const CLE = /\{([^}]+)\}/g;

const modele = memoriser((texte): Modele => {
  const morceaux = texte.split(CLE);
  const litteraux = morceaux.filter((_, i) => i % 2 === 0);
  const etoiles = morceaux.filter((m, i) => i % 2 === 1 && m === "*").length;
  return {
    morceaux,
    nommees: new Set([...texte.matchAll(/\{([^}*]+)\}/g)].map((m) => m[1] as string)),
    liste: texte.includes("{*}"),
    net: etoiles <= 1 && litteraux.every((l) => !/[{}]/.test(l)),
  };
});

/** Préfixe de feuille citée ; `sur` : le nom ne contient ni accolade ni `$` (découpage direct). */
const feuille = memoriser((nom) => ({ prefixe: `${citerFeuille(nom)}!`, sur: !/[{}$]/.test(nom) }));

/** La voie d'origine (deux remplacements), gardée pour un modèle ou un nom de feuille inhabituel. */
function parRemplacements(
  texte: string,
  entrees: readonly EntreeInstance[],
  nommees: ReadonlySet<string>,
  adresse: (l: Location) => string,
): string | undefined {
  const liste = entrees.filter((e) => !nommees.has(e.cle)).map((e) => adresse(lieu(e)));
  const parCle = new Map(entrees.map((e) => [e.cle, lieu(e)]));
  let manquante = false;
  const resultat = texte.replace("{*}", liste.join(",")).replace(CLE, (_, cle: string) => {
    const l = parCle.get(cle);
    if (!l) manquante = true;
    return l ? adresse(l) : cle;
  });
  return manquante ? undefined : resultat;
}

const lieu = (e: EntreeInstance) => (e.champ as NonNullable<EntreeInstance["champ"]>).location;

/** Formule attendue avec les adresses réelles ; `undefined` si une entrée n'est pas repérée. */
export function formuleAvecAdresses(instance: Instance): string | undefined {
  const texte = instance.formule ?? instance.definition.formule;
  if (!texte) return undefined;
  // Les entrées de la formule (hors contexte), toutes repérées ; recopiées seulement s'il y a
  // des entrées de contexte à écarter.
  let contexte = false;
  for (const e of instance.entrees) {
    if (e.contexte) contexte = true;
    else if (e.champ === undefined) return undefined;
  }
  const entrees = contexte ? instance.entrees.filter((e) => !e.contexte) : instance.entrees;
  const reference = instance.resultat?.location;
  let sur = true;
  const adresse = (l: Location): string => {
    const a1 = adresseA1(l.row, l.col);
    if (reference && reference.sheetId === l.sheetId) return a1;
    const f = feuille(l.sheetName);
    if (!f.sur) sur = false;
    return `${f.prefixe}${a1}`;
  };
  const m = modele(texte);
  if (!m.net) return parRemplacements(texte, entrees, m.nommees, adresse);
  let morceaux = "";
  for (let i = 0; i < m.morceaux.length; i++) {
    const morceau = m.morceaux[i] as string;
    if (i % 2 === 0) morceaux += morceau;
    else if (morceau === "*") {
      morceaux += entrees
        .filter((e) => !m.nommees.has(e.cle))
        .map((e) => adresse(lieu(e)))
        .join(",");
    } else {
      // Dernière entrée de cette clé (comme une table clé → entrée).
      let trouvee: EntreeInstance | undefined;
      for (let k = entrees.length - 1; k >= 0 && !trouvee; k--) {
        if (entrees[k]?.cle === morceau) trouvee = entrees[k];
      }
      if (!trouvee) return undefined;
      morceaux += adresse(lieu(trouvee));
    }
  }
  return sur ? morceaux : parRemplacements(texte, entrees, m.nommees, adresse);
}
