import { adresseA1, indexColonne } from "../classeur/adresse";

/**
 * Formule Excel (syntaxe anglaise, celle d'Office.js) écrite comme dans un Excel français : noms
 * de fonctions français (SOMME, SI, SIERREUR, MOYENNE…), « ; » entre les arguments, virgule
 * décimale, et les listes de cellules d'une somme regroupées en plages courtes (C7:J7 plutôt que
 * C7,D7,…,J7). Affichage seulement : le calcul ne lit jamais ce texte.
 */

/** Noms anglais → noms d'un Excel en français (fonctions employées par les indicateurs). */
export const FONCTIONS_FR: Readonly<Record<string, string>> = {
  SUM: "SOMME",
  IF: "SI",
  IFERROR: "SIERREUR",
  AVERAGE: "MOYENNE",
  ROUND: "ARRONDI",
  AND: "ET",
  OR: "OU",
  NOT: "NON",
  COUNT: "NB",
  COUNTA: "NBVAL",
  COUNTIF: "NB.SI",
  SUMIF: "SOMME.SI",
  SUMPRODUCT: "SOMMEPROD",
  ISBLANK: "ESTVIDE",
  ISNUMBER: "ESTNUM",
  MIN: "MIN",
  MAX: "MAX",
  ABS: "ABS",
};

/** Fonctions dont l'ordre des arguments ne compte pas : leurs cellules peuvent être regroupées. */
const REGROUPABLES = new Set(["SUM", "AVERAGE", "MIN", "MAX", "COUNT", "COUNTA"]);

type Jeton =
  | { readonly kind: "texte"; readonly v: string }
  | { readonly kind: "ref"; readonly feuille: string; readonly row: number; readonly col: number }
  | { readonly kind: "fonction"; readonly nom: string }
  | { readonly kind: "nombre"; readonly v: string }
  | { readonly kind: "autre"; readonly v: string };

const MOTIF =
  /"(?:[^"]|"")*"|((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?![\w(:])|([A-Z][A-Z0-9.]*)(?=\()|(\d+(?:\.\d+)?)|[\s\S]/g;

function jetons(formule: string): Jeton[] {
  const liste: Jeton[] = [];
  for (const m of formule.matchAll(MOTIF)) {
    const t = m[0];
    if (t.startsWith('"')) liste.push({ kind: "texte", v: t });
    else if (m[2] && m[3])
      liste.push({
        kind: "ref",
        feuille: m[1] ?? "",
        row: Number(m[3]) - 1,
        col: indexColonne(m[2]),
      });
    else if (m[4]) liste.push({ kind: "fonction", nom: m[4] });
    else if (m[5]) liste.push({ kind: "nombre", v: m[5] });
    else liste.push({ kind: "autre", v: t });
  }
  return liste;
}

type Ref = Extract<Jeton, { kind: "ref" }>;

/** Cellules d'une même feuille → plages rectangulaires exactes (colonnes puis lignes contiguës). */
export function regrouperCellules(refs: readonly { row: number; col: number }[]): string[] {
  const parColonne = new Map<number, number[]>();
  for (const r of refs) parColonne.set(r.col, [...(parColonne.get(r.col) ?? []), r.row]);
  const segments: { col: number; haut: number; bas: number }[] = [];
  for (const col of [...parColonne.keys()].sort((a, b) => a - b)) {
    const lignes = [...new Set(parColonne.get(col))].sort((a, b) => a - b);
    let debut = lignes[0] ?? 0;
    for (let i = 1; i <= lignes.length; i++) {
      const l = lignes[i];
      const prec = lignes[i - 1] ?? 0;
      if (l === undefined || l !== prec + 1) {
        segments.push({ col, haut: debut, bas: prec });
        if (l !== undefined) debut = l;
      }
    }
  }
  const zones: { gauche: number; droite: number; haut: number; bas: number }[] = [];
  for (const s of segments) {
    const z = zones.find((x) => x.droite === s.col - 1 && x.haut === s.haut && x.bas === s.bas);
    if (z) z.droite = s.col;
    else zones.push({ gauche: s.col, droite: s.col, haut: s.haut, bas: s.bas });
  }
  zones.sort((a, b) => a.haut - b.haut || a.gauche - b.gauche);
  return zones.map((z) => {
    const a = adresseA1(z.haut, z.gauche);
    return z.haut === z.bas && z.gauche === z.droite ? a : `${a}:${adresseA1(z.bas, z.droite)}`;
  });
}

/** Arguments d'un appel commençant à `i` (jeton « ( ») : indices de fin et refs si tous simples. */
function argumentsSimples(js: readonly Jeton[], i: number): { fin: number; refs: Ref[] | null } {
  let profondeur = 0;
  const refs: Ref[] = [];
  let simples = true;
  let attendRef = true;
  for (let k = i; k < js.length; k++) {
    const j = js[k];
    if (!j) break;
    if (j.kind === "autre" && j.v === "(") {
      profondeur++;
      if (profondeur > 1) simples = false;
      continue;
    }
    if (j.kind === "autre" && j.v === ")") {
      profondeur--;
      if (profondeur === 0) return { fin: k, refs: simples && refs.length > 1 ? refs : null };
      continue;
    }
    if (profondeur !== 1) continue;
    if (j.kind === "autre" && j.v === ",") {
      if (attendRef) simples = false;
      attendRef = true;
    } else if (j.kind === "ref" && attendRef) {
      refs.push(j);
      attendRef = false;
    } else if (!(j.kind === "autre" && /^\s$/.test(j.v))) simples = false;
  }
  return { fin: js.length - 1, refs: null };
}

function ecrireJeton(j: Jeton): string {
  switch (j.kind) {
    case "texte":
      return j.v;
    case "ref":
      return `${j.feuille}${adresseA1(j.row, j.col)}`;
    case "fonction":
      return FONCTIONS_FR[j.nom] ?? j.nom;
    case "nombre":
      return j.v.replace(".", ",");
    case "autre":
      return j.v === "," ? ";" : j.v;
  }
}

/** « =SUM(C7,D7,E7)/'Annexe 1'!E20 » → « =SOMME(C7:E7)/'Annexe 1'!E20 ». */
export function formuleEnFrancais(formule: string): string {
  const js = jetons(formule);
  let sortie = "";
  for (let i = 0; i < js.length; i++) {
    const j = js[i];
    if (!j) continue;
    const suivant = js[i + 1];
    if (j.kind === "fonction" && REGROUPABLES.has(j.nom) && suivant?.kind === "autre") {
      const { fin, refs } = argumentsSimples(js, i + 1);
      if (refs) {
        const feuilles = [...new Set(refs.map((r) => r.feuille))];
        const plages = feuilles.flatMap((f) =>
          regrouperCellules(refs.filter((r) => r.feuille === f)).map((p) => `${f}${p}`),
        );
        sortie += `${ecrireJeton(j)}(${plages.join(";")})`;
        i = fin;
        continue;
      }
    }
    sortie += ecrireJeton(j);
  }
  return sortie;
}
