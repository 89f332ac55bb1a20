/**
 * Manifeste de production : le manifeste de développement (manifest.xml, servi par
 * https://localhost:3000) dont chaque URL est reportée sous l'adresse de publication, et dont la
 * version vient de package.json. Fonction pure : l'écriture du fichier est dans cli.ts.
 */
import { ErreurPublication } from "./adresse";

/** Préfixe de toutes les URL du manifeste de développement. */
export const ADRESSE_DEVELOPPEMENT = "https://localhost:3000/";

/** « 1.2.3 » (package.json) → « 1.2.3.0 » (manifeste : quatre nombres). */
export function versionManifeste(versionPackage: string): string {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(versionPackage.trim());
  if (!m)
    throw new ErreurPublication(
      `La version de package.json (« ${versionPackage} ») doit être de la forme 1.2.3 (sans ` +
        "suffixe) : le manifeste n'accepte que des nombres.",
    );
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

const COMMENTAIRE = /<!--[\s\S]*?-->/;
const VERSION = /<Version>[^<]*<\/Version>/;

function commentaireProduction(adresse: string, version: string): string {
  return [
    "<!--",
    "  Manifeste de PRODUCTION du complément « Diagnostic CPOM », généré par la construction",
    `  (ADRESSE_PUBLICATION=${adresse} npm run build) ; version ${version}.`,
    "  Ne pas le modifier à la main : le reconstruire. Installation : docs/installation.md.",
    "-->",
  ].join("\n");
}

/** Toutes les valeurs d'URL du manifeste (attributs DefaultValue / Value, éléments *Domain). */
export function urlsDuManifeste(xml: string): string[] {
  const sansCommentaires = xml.replace(/<!--[\s\S]*?-->/g, "");
  const attributs = [
    ...sansCommentaires.matchAll(/\b(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/gi),
  ];
  const domaines = [...sansCommentaires.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)];
  return [...attributs, ...domaines].map((m) => m[1] ?? "");
}

/**
 * Manifeste de production. Lève une ErreurPublication si le modèle n'a pas la forme attendue
 * ou si une URL échappe à l'adresse (ce qui signalerait une URL ajoutée hors de localhost:3000).
 */
export function genererManifeste(modele: string, adresse: string, version: string): string {
  if (!COMMENTAIRE.test(modele) || !VERSION.test(modele) || !modele.includes(ADRESSE_DEVELOPPEMENT))
    throw new ErreurPublication(
      "manifest.xml n'a pas la forme attendue (commentaire d'en-tête, <Version>, URL en " +
        `${ADRESSE_DEVELOPPEMENT}) : le manifeste de production ne peut pas en être tiré.`,
    );
  const xml = modele
    .replace(COMMENTAIRE, commentaireProduction(adresse, version))
    .replace(VERSION, `<Version>${version}</Version>`)
    .split(ADRESSE_DEVELOPPEMENT)
    .join(adresse);
  const horsAdresse = urlsDuManifeste(xml).filter((u) => !u.startsWith(adresse));
  if (horsAdresse.length > 0)
    throw new ErreurPublication(
      `Des URL du manifeste ne sont pas sous ${adresse} : ${horsAdresse.join(", ")}. ` +
        `Dans manifest.xml, toute URL doit commencer par ${ADRESSE_DEVELOPPEMENT}.`,
    );
  return xml;
}
