// Préchargement (issue 20, ADR 0022) : une page annonce dans son <head> (<link rel="preload">)
// ce que son script initial demandera aussitôt — des morceaux webpack chargés à la demande
// (`import()`) et des données (`fetch`) — pour que le navigateur les télécharge pendant qu'il
// télécharge et exécute le script initial, au lieu d'attendre qu'il les demande. Seulement ce qui
// sert au premier affichage : un préchargement inutile retarde le reste (et Chromium le signale) ;
// les données d'abord (petites, elles décident de l'installation de l'hôte simulé), les morceaux en
// priorité basse pour ne pas retarder le script initial, donc le premier titre.
// Le fil d'analyse n'en a pas : un Worker ne profite pas des préchargements de la page.
const HtmlWebpackPlugin = require("html-webpack-plugin");

class PluginPrechargement {
  /**
   * @param {{ page: string, morceaux?: string[], donnees?: string[] }} options
   *   page : nom de la page (« apercu » → apercu.html) ; morceaux : noms de morceaux
   *   (webpackChunkName) avec leurs dépendances ; donnees : adresses lues par `fetch`.
   */
  constructor({ page, morceaux = [], donnees = [] }) {
    this.page = page;
    this.morceaux = morceaux;
    this.donnees = donnees;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("PluginPrechargement", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "PluginPrechargement",
        (donnees) => {
          if (donnees.outputName !== `${this.page}.html`) return donnees;
          const initiaux = new Set(compilation.entrypoints.get(this.page)?.getFiles() ?? []);
          const fichiers = new Set();
          for (const nom of this.morceaux) {
            const groupe = compilation.namedChunkGroups.get(nom);
            if (!groupe) throw new Error(`PluginPrechargement : morceau « ${nom} » introuvable.`);
            for (const f of groupe.getFiles())
              if (f.endsWith(".js") && !initiaux.has(f)) fichiers.add(f);
          }
          const lien = (href, as, autres = {}) =>
            HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "preload", href, as, ...autres });
          donnees.headTags.unshift(
            // `fetch` (mode cors, même origine) : le préchargement doit le dire pour servir.
            ...this.donnees.map((d) => lien(d, "fetch", { crossorigin: "anonymous" })),
            // Priorité basse : le script initial (premier titre) passe avant les morceaux.
            ...[...fichiers].map((f) =>
              lien(donnees.publicPath + f, "script", { fetchpriority: "low" }),
            ),
          );
          return donnees;
        },
      );
    });
  }
}

module.exports = { PluginPrechargement };
