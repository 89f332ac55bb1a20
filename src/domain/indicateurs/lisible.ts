/**
 * Textes des indicateurs et des contrôles mis en français lisible pour un gestionnaire : sans les
 * étiquettes de fiabilité réservées aux développeurs ([CONFIRMÉ], [CONNAISSANCE], [INFÉRENCE]),
 * sans renvoi aux documents du projet (« indicateurs.md §6 »), sans clés techniques
 * (« internat esat », « foyer-de-vie »). Affichage seulement.
 */

/** Ce que devient une source marquée [INFÉRENCE] : un repère de l'outil, pas une règle. */
export const REPERE_OUTIL = "repère proposé par l'outil, à confirmer avec l'ARS";
/** Source d'une règle reprise des référentiels publics sans autre précision. */
export const SOURCE_MODELE = "Modèle du Diagnostic CPOM et référentiels publics (FINESS, ARS)";

const MOT = "(?:CONFIRMÉ|CONNAISSANCE|INFÉRENCE)";
const ETIQUETTE = new RegExp(`\\s*\\[${MOT}(?:\\s*/\\s*${MOT})*\\]`, "g");
const INFERENCE = new RegExp(`\\s*\\[(?:${MOT}\\s*/\\s*)*INFÉRENCE(?:\\s*/\\s*${MOT})*\\]`, "g");
/** « indicateurs.md §6 », « referentiels.md §3, §12.3 », « docs/controles/fiche.md ». */
const DOC_PROJET = /(?:[\w-]+\/)*([\w-]+)\.md((?:\s*(?:,|et)?\s*§\s*[\d.]*\d)*)/g;

/** Ce que citent les sections des référentiels du projet, en mots (sinon : rien). */
const SECTIONS: Readonly<Record<string, string>> = {
  "referentiels §1": "nomenclature FINESS des catégories d'établissements",
  "referentiels §3": "code officiel géographique (départements)",
  "referentiels §4": "règles de numérotation FINESS",
  "referentiels §12": "périmètre du CPOM (guide de l'ARS)",
};

/** Un renvoi à un document du projet → la source publique qu'il résume, ou rien. */
function renvoi(doc: string, sections: string): string {
  const premiere = /§\s*(\d+)/.exec(sections)?.[1];
  return (premiere && SECTIONS[`${doc} §${premiere}`]) || "";
}
const sansRenvois = (t: string) => t.replace(DOC_PROJET, (_, d: string, s: string) => renvoi(d, s));

/** Nettoie les séparateurs laissés par un retrait (« ; ; », « ( ) », « , » en tête ou en fin). */
function ranger(t: string): string {
  let x = t;
  for (let i = 0; i < 3; i++) {
    x = x
      .replace(/\(\s*[;,]?\s*\)/g, "")
      .replace(/\(\s*[;,]\s*/g, "(")
      .replace(/\s*[;,]\s*\)/g, ")")
      .replace(/\s*;\s*(?:;\s*)+/g, " ; ")
      .replace(/\s+([.,;:)])/g, (_, p: string) => (p === ";" || p === ":" ? ` ${p}` : p))
      .replace(/\s{2,}/g, " ");
  }
  return x.replace(/^[\s;,:—-]+|[\s;,:—-]+$/g, "").trim();
}

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Source d'un seuil ou d'un contrôle, pour le volet : étiquettes et renvois retirés. */
export function sourceLisible(source: string): string {
  const parts = source.split(/\s*;\s*/).map((p) => {
    const inferee = INFERENCE.test(p);
    INFERENCE.lastIndex = 0;
    const nette = ranger(sansRenvois(p.replace(ETIQUETTE, "")));
    if (!inferee) return nette;
    return nette ? `${nette} (${REPERE_OUTIL})` : "";
  });
  const gardees = parts.filter(Boolean);
  if (gardees.length > 0) return majuscule(gardees.join(" ; "));
  const inferee = INFERENCE.test(source);
  INFERENCE.lastIndex = 0;
  return inferee ? majuscule(REPERE_OUTIL) : SOURCE_MODELE;
}

const MODES: Readonly<Record<string, string>> = {
  internat: "internat",
  "semi-internat": "semi-internat",
};
const ORIENTATIONS: Readonly<Record<string, string>> = {
  esat: "ESAT",
  mas: "MAS",
  fam: "FAM",
  "foyer-de-vie": "foyer de vie",
  autre: "autre orientation",
};

const CLE_CRETON =
  /(?<![\w-])(semi-internat|internat)[ .](esat|mas|fam|foyer-de-vie|autre)(?![\w-])/g;

/** « internat esat » → « internat, orientation ESAT » ; périmètre seul : « ESAT », « Internat ». */
export function libelleLisible(texte: string): string {
  const seul = texte.trim();
  if (ORIENTATIONS[seul]) return `Orientation ${ORIENTATIONS[seul]}`;
  if (MODES[seul]) return seul.charAt(0).toUpperCase() + seul.slice(1);
  const remplace = texte.replace(
    CLE_CRETON,
    (_, m: string, o: string) => `${MODES[m] ?? m}, orientation ${ORIENTATIONS[o] ?? o}`,
  );
  return /^(?:semi-)?internat,/.test(remplace)
    ? remplace.charAt(0).toUpperCase() + remplace.slice(1)
    : remplace;
}

/** Texte libre (explication, message) : étiquettes, renvois et clés techniques retirés. */
export function texteLisible(texte: string): string {
  const sans = texte.replace(INFERENCE, ` (${REPERE_OUTIL})`).replace(ETIQUETTE, "");
  return ranger(libelleLisible(sansRenvois(sans)));
}
