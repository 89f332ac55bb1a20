/** Politique de sécurité du contenu des pages construites (voir csp.json et csp-webpack.js). */
import DIRECTIVES from "./csp.json";

/** « directive source source; … », le texte posé dans <meta http-equiv="Content-Security-Policy">. */
export function politiqueCsp(): string {
  return Object.entries(DIRECTIVES)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}
