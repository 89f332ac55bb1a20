/**
 * Adresse de publication du volet (variable ADRESSE_PUBLICATION) : l'URL https du dossier du
 * serveur web qui sert le contenu de dist/. Toutes les URL du manifeste de production en partent.
 */
export const VARIABLE_ADRESSE = "ADRESSE_PUBLICATION";

const EXEMPLE = `${VARIABLE_ADRESSE}=https://intranet.exemple.fr/cpom/ npm run build`;

/** Erreur de publication : son message, en français, dit quoi faire. */
export class ErreurPublication extends Error {
  override readonly name = "ErreurPublication";
}

/** Caractères permis dans l'adresse une fois normalisée (rien à échapper dans le XML). */
const SURE = /^[A-Za-z0-9\-._~/:%]+$/;

/**
 * Vérifie et normalise l'adresse : https obligatoire, pas d'identifiants, de paramètres ni
 * d'ancre, et une barre oblique finale (« https://h/cpom » devient « https://h/cpom/ »).
 */
export function lireAdresse(valeur: string | undefined): string {
  const brute = valeur?.trim() ?? "";
  if (brute === "")
    throw new ErreurPublication(
      `La variable ${VARIABLE_ADRESSE} est absente : indiquez l'adresse https du dossier qui ` +
        `hébergera le volet, par exemple « ${EXEMPLE} ».`,
    );
  let url: URL;
  try {
    url = new URL(brute);
  } catch {
    throw new ErreurPublication(
      `${VARIABLE_ADRESSE} n'est pas une adresse web valable (« ${brute} ») : écrivez une adresse ` +
        `complète, par exemple « https://intranet.exemple.fr/cpom/ ».`,
    );
  }
  if (url.protocol !== "https:")
    throw new ErreurPublication(
      `${VARIABLE_ADRESSE} doit commencer par https:// (« ${brute} ») : Office n'ouvre un ` +
        "complément que depuis un serveur en HTTPS, avec un certificat reconnu par les postes.",
    );
  if (url.username !== "" || url.password !== "")
    throw new ErreurPublication(
      `${VARIABLE_ADRESSE} ne doit pas contenir d'identifiant ni de mot de passe (« ${brute} »).`,
    );
  if (url.search !== "" || url.hash !== "")
    throw new ErreurPublication(
      `${VARIABLE_ADRESSE} doit désigner un dossier, sans « ? » ni « # » (« ${brute} »).`,
    );
  const chemin = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  const adresse = `${url.origin}${chemin}`;
  if (!SURE.test(adresse))
    throw new ErreurPublication(
      `${VARIABLE_ADRESSE} contient des caractères non permis (« ${brute} ») : n'utilisez que ` +
        "des lettres sans accent, des chiffres, « - », « . », « _ » et « / ».",
    );
  return adresse;
}
