import { CATALOGUE_ONGLETS } from "../catalogue/catalogue";
import { contientMots } from "../texte";
import { memoriser } from "../../valeurs/memoire";

/**
 * Ce que les textes d'une feuille contiennent pour la reconnaissance par le contenu : les
 * signatures du catalogue présentes en mots entiers dans au moins un texte, et les codes d'annexes
 * cités (« annexe 2 B »). Les mêmes libellés reviennent d'une feuille et d'une analyse à l'autre :
 * ce que contient chaque texte est calculé une fois et mémorisé par texte ; une feuille n'est plus
 * que l'union de ses textes.
 */

export interface Presences {
  /** Textes des signatures trouvées. */
  readonly signatures: ReadonlySet<string>;
  /** Codes d'annexes cités (« 1 », « 2 b »…). */
  readonly codes: ReadonlySet<string>;
}

const CODE_ANNEXE = /\bannexe (1|2 [a-g]|2[a-g]|3|4|5)\b/g;

interface Contenu {
  readonly signatures: readonly string[];
  readonly codes: readonly string[];
}

/** Signatures du catalogue par premier mot (un texte ne contient un motif que s'il a ce mot). */
let parPremierMot: ReadonlyMap<string, readonly string[]> | undefined;

function motifsParPremierMot(): ReadonlyMap<string, readonly string[]> {
  if (parPremierMot) return parPremierMot;
  const m = new Map<string, string[]>();
  const vus = new Set<string>();
  for (const e of CATALOGUE_ONGLETS) {
    for (const s of e.signatures) {
      if (vus.has(s.texte)) continue;
      vus.add(s.texte);
      const premier = s.texte.split(" ")[0] ?? "";
      const liste = m.get(premier);
      if (liste) liste.push(s.texte);
      else m.set(premier, [s.texte]);
    }
  }
  return (parPremierMot = m);
}

const contenuDe = memoriser((texte): Contenu => {
  const index = motifsParPremierMot();
  const signatures: string[] = [...(index.get("") ?? []).filter((m) => contientMots(texte, m))];
  for (const mot of new Set(texte.split(" "))) {
    if (mot === "") continue;
    for (const m of index.get(mot) ?? []) if (contientMots(texte, m)) signatures.push(m);
  }
  const codes = texte.includes("annexe")
    ? [...texte.matchAll(CODE_ANNEXE)].map((x) => x[1] ?? "")
    : [];
  return { signatures, codes };
});

export function presences(textes: readonly string[]): Presences {
  const signatures = new Set<string>();
  const codes = new Set<string>();
  for (const t of new Set(textes)) {
    const c = contenuDe(t);
    for (const s of c.signatures) signatures.add(s);
    for (const x of c.codes) codes.add(x);
  }
  return { signatures, codes };
}
