// npm start : lance le complément.
// - Machine avec Excel (Windows, Mac) : certificats de développement, chargement latéral du
//   manifeste, serveur https://localhost:3000 ; il reste à ouvrir Excel.
// - Sinon : aperçu navigateur, servi en http://localhost:3000/apercu.html (ou le volet seul,
//   taskpane.html, tant que l'aperçu n'existe pas).
// Options : --apercu (aperçu même si Excel est là) ; --web (https pour Excel sur le web, sans
// chargement latéral de bureau).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir, platform } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const RACINE = join(dirname(fileURLToPath(import.meta.url)), "..");
const MANIFESTE = join(RACINE, "manifest.xml");
const PORT = Number(process.env.PORT ?? 3000);
const CERTIFICATS = join(homedir(), ".office-addin-dev-certs");

/**
 * Classeur d'exemple de l'aperçu : généré (npm run exemple) puis lu en instantané JSON, une fois
 * (quelques secondes) ; ensuite réutilisé. Échec = message français et arrêt.
 */
function preparerExemple() {
  const json = join(RACINE, "assets", "exemples", "diagnostic-exemple.instantane.json");
  if (existsSync(json)) return;
  console.log("Préparation du classeur d'exemple de l'aperçu (une seule fois)…");
  const npx = platform() === "win32" ? "npx.cmd" : "npx";
  for (const script of ["scripts/exemple/generer.ts", "scripts/apercu/instantane.ts"]) {
    const r = spawnSync(npx, ["tsx", script], { cwd: RACINE, stdio: "inherit" });
    if (r.status !== 0) {
      console.error(
        `La préparation du classeur d'exemple a échoué (${script}). Relancez « npm ci » puis « npm start ».`,
      );
      process.exit(1);
    }
  }
}

/** Excel de bureau installé ? (Windows : clé « App Paths » ; Mac : l'application.) */
function excelPresent() {
  if (platform() === "win32") {
    const r = spawnSync("reg", [
      "query",
      "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe",
    ]);
    return r.status === 0;
  }
  if (platform() === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  return false;
}

function certificatsPresents() {
  return ["ca.crt", "localhost.crt", "localhost.key"].every((f) =>
    existsSync(join(CERTIFICATS, f)),
  );
}

/** Crée (et sur Windows/Mac, fait approuver) les certificats de développement si besoin. */
function preparerCertificats() {
  if (certificatsPresents()) return true;
  console.log("Création des certificats de développement (office-addin-dev-certs)…");
  const bin = join(RACINE, "node_modules", "office-addin-dev-certs", "cli.js");
  const r = spawnSync(process.execPath, [bin, "install"], { stdio: "inherit" });
  if (r.status !== 0 || !certificatsPresents()) {
    console.error(
      "Les certificats n'ont pas pu être créés : lancez « npx office-addin-dev-certs install » " +
        "et acceptez l'approbation du certificat, puis relancez npm start.",
    );
    return false;
  }
  return true;
}

/** Chargement latéral du manifeste dans Excel de bureau ; renvoie la marche à suivre. */
function chargerLateralement() {
  const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFESTE, "utf8"))?.[1] ?? "diagnostic-cpom";
  if (platform() === "win32") {
    const r = spawnSync("reg", [
      "add",
      "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer",
      "/v",
      id,
      "/t",
      "REG_SZ",
      "/d",
      MANIFESTE,
      "/f",
    ]);
    if (r.status === 0) {
      return (
        "Manifeste déclaré à Excel (registre : HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer).\n" +
        "Fermez Excel s'il est ouvert, rouvrez le classeur Diagnostic, puis Accueil › Diagnostic CPOM.\n" +
        `Pour retirer le complément : reg delete HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer /v ${id} /f`
      );
    }
  }
  if (platform() === "darwin") {
    const wef = join(
      homedir(),
      "Library",
      "Containers",
      "com.microsoft.Excel",
      "Data",
      "Documents",
      "wef",
    );
    try {
      mkdirSync(wef, { recursive: true });
      copyFileSync(MANIFESTE, join(wef, `${id}.manifest.xml`));
      return (
        `Manifeste copié dans ${wef}.\n` +
        "Fermez Excel s'il est ouvert, rouvrez le classeur Diagnostic, puis Accueil › Diagnostic CPOM\n" +
        "(ou Insertion › Compléments › Mes compléments si le bouton n'apparaît pas).\n" +
        `Pour retirer le complément : supprimez ${join(wef, `${id}.manifest.xml`)}`
      );
    } catch (e) {
      console.error(`Copie du manifeste impossible : ${e.message}`);
    }
  }
  return (
    "Chargement latéral automatique impossible : dans Excel, Insertion › Compléments › " +
    `Mes compléments › Charger mon complément, puis choisissez ${MANIFESTE}.`
  );
}

/** Construit en mémoire et sert le volet (webpack-dev-server) ; appelle `pret(url)` une fois prêt. */
async function servir({ https, pret }) {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(join(RACINE, "webpack.config.js"))(
    { http: !https },
    { mode: "development" },
  );
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";
  const compilateur = webpack(config);
  let annonce = false;
  compilateur.hooks.done.tap("cpom-start", (stats) => {
    if (stats.hasErrors()) {
      console.error(
        "La construction du volet a échoué (erreurs ci-dessus) ; corrigez puis enregistrez.",
      );
    } else if (!annonce) {
      annonce = true;
      pret(`${https ? "https" : "http"}://localhost:${PORT}`);
    }
  });
  const serveur = new WebpackDevServer(config.devServer, compilateur);
  try {
    await serveur.start();
  } catch (e) {
    console.error(
      e.code === "EADDRINUSE"
        ? `Le port ${PORT} est déjà pris : arrêtez l'autre serveur (ou lancez PORT=3001 npm start ; le manifeste vise 3000).`
        : `Le serveur n'a pas démarré : ${e.message}`,
    );
    process.exit(1);
  }
}

const { values } = parseArgs({
  options: {
    apercu: { type: "boolean", default: false },
    web: { type: "boolean", default: false },
  },
});

if (!values.apercu && (values.web || excelPresent())) {
  if (!preparerCertificats()) process.exit(1);
  const marche = values.web
    ? "Excel sur le web : ouvrez le classeur Diagnostic (OneDrive ou SharePoint), puis Insertion › " +
      `Compléments › Charger mon complément, et choisissez ${MANIFESTE}.\n` +
      "Le navigateur doit faire confiance au certificat de ~/.office-addin-dev-certs/ca.crt."
    : chargerLateralement();
  await servir({
    https: true,
    pret: (url) =>
      console.log(`\nVolet servi sur ${url}/taskpane.html\n${marche}\nArrêt : Ctrl+C.`),
  });
} else {
  const apercu = ["index.tsx", "apercu.html"].every((f) =>
    existsSync(join(RACINE, "src", "apercu", f)),
  );
  if (apercu) preparerExemple();
  await servir({
    https: false,
    pret: (url) =>
      console.log(
        apercu
          ? `\nAperçu du complément dans le navigateur : ${url}/apercu.html\n` +
              "Le volet y tourne sur un classeur d'exemple simulé, sans Excel. Arrêt : Ctrl+C."
          : `\nExcel n'est pas installé ici : le volet est servi seul sur ${url}/taskpane.html\n` +
              "(il indique qu'il tourne hors d'Excel). L'aperçu navigateur complet, avec un classeur " +
              "d'exemple, arrive dans une prochaine version. Arrêt : Ctrl+C.",
      ),
  });
}
