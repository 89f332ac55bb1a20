/**
 * Serveur https jetable des tests de publication : certificat auto-signé créé par openssl dans un
 * dossier temporaire, fichiers servis sous un préfixe (« /cpom/ »), chaque requête notée.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "text/xml; charset=utf-8",
};

/** Certificat auto-signé pour localhost (valable un jour), créé par openssl dans `dossier`. */
export function certificatJetable(dossier: string): { key: Buffer; cert: Buffer } {
  const key = join(dossier, "cle.pem");
  const cert = join(dossier, "certificat.pem");
  const r = spawnSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
      ...["-keyout", key, "-out", cert, "-subj", "/CN=localhost"],
      ...["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
    ],
    { encoding: "utf8" },
  );
  if (r.error || r.status !== 0)
    throw new Error(
      "openssl n'a pas pu créer le certificat de test (paquet Debian openssl : " +
        `sudo apt-get install openssl) : ${r.error?.message ?? r.stderr}`,
    );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface ServeurHttps {
  readonly port: number;
  /** Chemins demandés (avec leur requête), dans l'ordre. */
  readonly requetes: string[];
  /** Dossier servi sous le préfixe (à fixer avant la première requête). */
  servir(racine: string): void;
  fermer(): Promise<void>;
}

export async function demarrerServeurHttps(
  dossierCertificat: string,
  prefixe: string,
): Promise<ServeurHttps> {
  let racine: string | null = null;
  const requetes: string[] = [];
  const serveur: Server = createServer(certificatJetable(dossierCertificat), (req, rep) => {
    const url = req.url ?? "/";
    requetes.push(url);
    const chemin = decodeURIComponent(new URL(url, "https://localhost").pathname);
    const fichier =
      racine && chemin.startsWith(prefixe)
        ? normalize(join(racine, chemin.slice(prefixe.length)))
        : null;
    const sur = fichier !== null && racine !== null && fichier.startsWith(racine + sep);
    if (!sur || !existsSync(fichier) || !statSync(fichier).isFile() || req.method !== "GET") {
      rep.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Introuvable\n");
      return;
    }
    rep.writeHead(200, {
      "Content-Type": TYPES[extname(fichier)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    rep.end(readFileSync(fichier));
  });
  await new Promise<void>((ok, echec) => {
    serveur.once("error", echec);
    serveur.listen(0, "localhost", ok);
  });
  return {
    port: (serveur.address() as AddressInfo).port,
    requetes,
    servir: (r) => {
      racine = normalize(r);
    },
    fermer: () => new Promise((ok) => serveur.close(() => ok())),
  };
}
