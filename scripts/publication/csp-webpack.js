// Politique de sécurité du contenu (CSP) des pages construites, posée en <meta http-equiv> juste
// après <meta charset>, avant tout script ou style : elle s'applique donc à toute la page.
// Seulement en production : le serveur de développement a besoin d'eval (source maps) et de son
// WebSocket. La politique elle-même est dans csp.json (ADR 0006).
const HtmlWebpackPlugin = require("html-webpack-plugin");
const DIRECTIVES = require("./csp.json");

/** Texte de la politique : « directive source source; … ». */
function politiqueCsp() {
  return Object.entries(DIRECTIVES)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

class PluginCsp {
  apply(compiler) {
    compiler.hooks.compilation.tap("PluginCsp", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("PluginCsp", (donnees) => {
        const balise = `<meta http-equiv="Content-Security-Policy" content="${politiqueCsp()}">`;
        const html = donnees.html.replace(/<meta charset=[^>]*>/i, (m) => m + balise);
        if (html === donnees.html)
          throw new Error(
            `${donnees.outputName} : <meta charset> introuvable, la politique de sécurité (CSP) ne peut pas être posée.`,
          );
        donnees.html = html;
        return donnees;
      });
    });
  }
}

module.exports = { PluginCsp, politiqueCsp };
