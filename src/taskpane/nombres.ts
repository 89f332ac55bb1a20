/**
 * Nombres et pourcentages en français, sans `Intl` dans le cas courant (issue 20) : le premier
 * `Intl.NumberFormat` d'une page coûte 12 à 18 ms dans Chromium (données de la langue), sur le fil
 * principal, avant les premières données du volet. Les textes sont ceux d'`Intl.NumberFormat`
 * (fr-FR) : groupes de trois chiffres séparés par une espace fine insécable, « - » devant un
 * nombre négatif (« -0 » compris), « % » après une espace insécable ; le pourcentage est arrondi comme
 * le fait ICU (écriture décimale la plus courte du nombre, moitié loin de zéro). Ailleurs (nombres
 * décimaux, très grands ou très petits, non finis), `Intl` lui-même, créé à la première demande.
 * Vérifié contre `Intl` sur des milliers de valeurs (test/taskpane/nombres.test.ts).
 */

const FINE = "\u202f";
const INSECABLE = "\u00a0";

let entier: Intl.NumberFormat | null = null;
let pourcent: Intl.NumberFormat | null = null;

/** « 1234567 » → « 1 234 567 » (chiffres seuls). */
function grouper(chiffres: string): string {
  const n = chiffres.length;
  if (n <= 3) return chiffres;
  let r = chiffres.slice(0, n % 3 || 3);
  for (let i = n % 3 || 3; i < n; i += 3) r += FINE + chiffres.slice(i, i + 3);
  return r;
}

const signe = (x: number) => (x < 0 || Object.is(x, -0) ? "-" : "");

/** Un nombre comme `new Intl.NumberFormat("fr-FR").format(n)`. */
export function formaterNombre(n: number): string {
  if (Number.isSafeInteger(n)) return signe(n) + grouper(String(Math.abs(n)));
  return (entier ??= new Intl.NumberFormat("fr-FR")).format(n);
}

/**
 * Un taux comme `new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 })`
 * (0,455 → « 46 % »).
 */
export function formaterPourcent(taux: number): string {
  const ecrit = String(Math.abs(taux)); // écriture décimale la plus courte, comme ICU
  if (!Number.isFinite(taux) || ecrit.includes("e") || Math.abs(taux) >= 1e13)
    return (pourcent ??= new Intl.NumberFormat("fr-FR", {
      style: "percent",
      maximumFractionDigits: 0,
    })).format(taux);
  const [partie = "0", decimales = ""] = ecrit.split(".");
  const centiemes = Number(partie + decimales.slice(0, 2).padEnd(2, "0"));
  const arrondi = centiemes + ((decimales[2] ?? "0") >= "5" ? 1 : 0);
  return `${signe(taux)}${grouper(String(arrondi))}${INSECABLE}%`;
}
