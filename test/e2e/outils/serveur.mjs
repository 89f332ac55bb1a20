// Petit serveur statique (sans dépendance) pour les tests de bout en bout : sert un dossier
// (dist/ par défaut) en http sur localhost. Usage : node test/e2e/outils/serveur.mjs [--port 3210] [--racine dist]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Chemin du fichier demandé sous `racine`, ou null (hors racine, absent, dossier). */
export function fichierDemande(racine, url) {
  const chemin = decodeURIComponent(new URL(url, "http://localhost").pathname);
  const fichier = normalize(join(racine, chemin.endsWith("/") ? `${chemin}index.html` : chemin));
  if (fichier !== racine && !fichier.startsWith(racine + sep)) return null;
  return existsSync(fichier) && statSync(fichier).isFile() ? fichier : null;
}

export function demarrerServeur({ racine, port }) {
  const serveur = createServer((requete, reponse) => {
    let fichier = null;
    try {
      fichier = fichierDemande(racine, requete.url ?? "/");
    } catch {
      fichier = null; // URL mal encodée
    }
    if (!fichier || (requete.method !== "GET" && requete.method !== "HEAD")) {
      reponse.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      reponse.end(`Introuvable : ${requete.url}\n`);
      return;
    }
    reponse.writeHead(200, {
      "Content-Type": TYPES[extname(fichier)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    if (requete.method === "HEAD") reponse.end();
    else createReadStream(fichier).pipe(reponse);
  });
  return new Promise((ok, echec) => {
    serveur.once("error", echec);
    serveur.listen(port, "localhost", () => ok(serveur));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "3210" },
      racine: { type: "string", default: "dist" },
    },
  });
  const racine = resolve(values.racine);
  if (!existsSync(join(racine, "taskpane.html"))) {
    console.error(
      `${racine}/taskpane.html est absent : construisez d'abord le volet (npm run build).`,
    );
    process.exit(1);
  }
  demarrerServeur({ racine, port: Number(values.port) }).then(
    () => console.log(`Serveur de test : http://localhost:${values.port}/ (dossier ${racine})`),
    (e) => {
      console.error(
        e.code === "EADDRINUSE"
          ? `Le port ${values.port} est déjà pris : arrêtez l'autre serveur ou choisissez un autre port (PORT_E2E).`
          : `Le serveur de test n'a pas démarré : ${e.message}`,
      );
      process.exit(1);
    },
  );
}
