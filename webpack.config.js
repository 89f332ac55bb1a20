// Construction du volet (webpack 5). Sorties dans dist/ :
//   taskpane.html (+ taskpane.js)  le volet ; commands.html (+ commands.js)  fichier de fonctions du ruban ;
//   apercu.html                    l'aperçu navigateur, seulement si src/apercu/index.tsx et apercu.html existent ;
//   aide.html                      page d'assistance (SupportUrl du manifeste), sans script ;
//   assets/icone-*.png             copie de assets/icones ; exemples/*.json  copie de assets/exemples.
// office.js n'est pas empaqueté : les pages le chargent depuis le CDN de Microsoft.
// En production, chaque page reçoit la politique de sécurité (CSP) de scripts/publication/csp.json ;
// le manifeste de production (dist/manifest.xml) est écrit après la construction si
// ADRESSE_PUBLICATION est donnée (scripts/publication, ADR 0006).
// Serveur de développement : https://localhost:3000 avec les certificats d'office-addin-dev-certs
// lus directement (leur getHttpsServerOptions() lève sous Linux) ; http si absents ou si --env http.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { PluginCsp } = require("./scripts/publication/csp-webpack");
const { PluginBudgetVolet } = require("./scripts/mesures/budget-webpack");

const PORT = Number(process.env.PORT ?? 3000);

const DOSSIER_CERTIFICATS = path.join(os.homedir(), ".office-addin-dev-certs");
const racine = (...p) => path.join(__dirname, ...p);

/** `<style>` de la coque statique des pages (src/taskpane/coque/coque-statique.css). */
const styleCoqueStatique = () =>
  `<style>\n${fs.readFileSync(racine("src/taskpane/coque/coque-statique.css"), "utf8")}</style>`;

/** Options https du serveur, ou null si les certificats de développement manquent. */
function certificats() {
  const fichiers = {
    ca: path.join(DOSSIER_CERTIFICATS, "ca.crt"),
    cert: path.join(DOSSIER_CERTIFICATS, "localhost.crt"),
    key: path.join(DOSSIER_CERTIFICATS, "localhost.key"),
  };
  if (!Object.values(fichiers).every((f) => fs.existsSync(f))) return null;
  return Object.fromEntries(Object.entries(fichiers).map(([k, f]) => [k, fs.readFileSync(f)]));
}

/** Pages construites : [nom, entrée, gabarit HTML]. L'aperçu n'entre que s'il existe. */
function pages() {
  const liste = [
    ["taskpane", "src/taskpane/index.tsx", "src/taskpane/taskpane.html"],
    ["commands", "src/commands/commands.ts", "src/commands/commands.html"],
  ];
  const apercu = ["apercu", "src/apercu/index.tsx", "src/apercu/apercu.html"];
  if (fs.existsSync(racine(apercu[1])) && fs.existsSync(racine(apercu[2]))) liste.push(apercu);
  return liste;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const https = env.http ? null : certificats();
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: Object.fromEntries(pages().map(([nom, entree]) => [nom, racine(entree)])),
    output: { path: racine("dist"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types vérifiés à part (npm run typecheck) : ici, seulement transpiler.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
        // Classeur de démonstration du volet (Excel.createWorkbook) : base64 dans un morceau
        // chargé à la demande (import dynamique), jamais dans le script initial.
        { test: /\.xlsx$/, type: "asset/inline" },
      ],
    },
    plugins: [
      ...pages().map(
        ([nom, , gabarit]) =>
          new HtmlWebpackPlugin({
            filename: `${nom}.html`,
            template: racine(gabarit),
            chunks: [nom],
            // Styles de la coque statique (ADR 0027), communs au volet et à l'aperçu.
            templateParameters: { styleCoqueStatique: styleCoqueStatique() },
          }),
      ),
      new HtmlWebpackPlugin({
        filename: "aide.html",
        template: racine("src/aide/aide.html"),
        chunks: [],
      }),
      ...(production ? [new PluginCsp(), new PluginBudgetVolet()] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: racine("assets/icones"), to: "assets" },
          {
            from: "*.json",
            context: racine("assets/exemples"),
            to: "exemples",
            noErrorOnMissing: true,
          },
        ],
      }),
    ],
    // Budget du script initial du volet (ADR 0013) : l'entrée « taskpane » seulement (l'aperçu et
    // les morceaux chargés à la demande peuvent être plus gros) ; en gzip : PluginBudgetVolet.
    performance: {
      hints: production ? "error" : false,
      assetFilter: (fichier) => /^taskpane\.[0-9a-f]+\.js$/.test(fichier),
      maxEntrypointSize: 500 * 1024,
      maxAssetSize: 500 * 1024,
    },
    devServer: {
      port: PORT,
      host: "localhost",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      client: { overlay: { warnings: false } },
    },
  };
};
