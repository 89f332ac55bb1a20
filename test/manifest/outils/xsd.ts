import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** Schéma maison (sous-ensemble du schéma Microsoft), voir xsd/officeapp.xsd. */
export const SCHEMA = join(__dirname, "..", "xsd", "officeapp.xsd");

export interface ResultatXsd {
  readonly valide: boolean;
  /** Lignes d'erreur de xmllint (vide si valide). */
  readonly erreurs: readonly string[];
}

/**
 * Valide un manifeste (texte) contre le XSD maison avec `xmllint` (paquet Debian libxml2-utils),
 * hors ligne. Lève une erreur explicite si xmllint est absent : la vérification ne se saute pas.
 */
export function validerAvecXsd(xml: string, xmllint = "xmllint"): ResultatXsd {
  const r = spawnSync(xmllint, ["--noout", "--nonet", "--schema", SCHEMA, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT"
        ? `xmllint est introuvable (« ${xmllint} ») : installez le paquet Debian libxml2-utils ` +
            "(sudo apt-get install libxml2-utils) puis relancez les tests du manifeste."
        : `xmllint n'a pas pu être lancé : ${r.error.message}`,
    );
  }
  const erreurs = r.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/validates$/.test(l) && !/fails to validate$/.test(l));
  return { valide: r.status === 0, erreurs };
}
