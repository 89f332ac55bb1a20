import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { genererClasseur, type Variante } from "../../scripts/exemple/classeur";
import { genererAutreMiseEnPage } from "../../scripts/exemple-autre/index";
import { Dossier } from "./outils/classeurs";
import { lancer, RACINE_PROJET } from "./outils/lancer";

/**
 * `analyser --json` rend, octet pour octet, le document enregistré pour chaque classeur d'exemple
 * (test/cli/attendus/) : un remaniement ne change rien à ce que la commande écrit.
 *
 * Seul ce qui varie légitimement est normalisé : le chemin du fichier (nom seul), le dossier
 * temporaire dans les textes, la version de l'outil. Le document ne contient aucune durée (la
 * progression sort sur stderr, non comparée).
 *
 * Un correctif qui change le JSON à dessein : régénérer avec `npm run -s attendus`
 * (`ECRIRE_ATTENDUS=1 npx jest test/cli/json-identique.test.ts`), puis relire le diff des
 * fichiers test/cli/attendus/*.json avant de les committer.
 */
jest.setTimeout(300_000);

const ATTENDUS = join(RACINE_PROJET, "test", "cli", "attendus");
const ECRIRE = process.env.ECRIRE_ATTENDUS === "1";

const VARIANTES: readonly Variante[] = ["exemple", "vierge", "complet", "erreurs"];
const AUTRE = "autre-mise-en-page";
const NOMS = [...VARIANTES, AUTRE] as const;

const dossier = new Dossier();
const chemins = new Map<string, string>();

beforeAll(async () => {
  for (const v of VARIANTES) {
    const g = await genererClasseur(v);
    chemins.set(v, dossier.ecrire(`diagnostic-${v}.xlsx`, g.buffer));
  }
  const autre = await genererAutreMiseEnPage();
  chemins.set(AUTRE, dossier.ecrire(`diagnostic-${AUTRE}.xlsx`, autre.buffer));
});
afterAll(() => dossier.supprimer());

/** Le document tel qu'écrit, à la version et aux chemins près (rien n'est réordonné ni reformaté). */
function normaliser(stdout: string, chemin: string): string {
  const doc = JSON.parse(stdout) as {
    version: string;
    fichiers: { fichier: string }[];
  };
  if (doc.fichiers.length !== 1 || doc.fichiers[0]?.fichier !== chemin)
    throw new Error(`document inattendu pour ${chemin}`);
  const brut = JSON.stringify(chemin).slice(1, -1);
  const dossierJson = JSON.stringify(dossier.chemin).slice(1, -1);
  return stdout
    .replace(`"version": ${JSON.stringify(doc.version)}`, '"version": "<version>"')
    .split(brut)
    .join(basename(chemin))
    .split(dossierJson)
    .join("<dossier>");
}

describe("analyser --json — identique au document enregistré", () => {
  it.each(NOMS)("diagnostic-%s.xlsx", (nom) => {
    const chemin = chemins.get(nom) ?? "";
    const r = lancer(["analyser", chemin, "--json"]);
    expect(r.stderr).not.toMatch(/erreur inattendue/);
    const obtenu = normaliser(r.stdout, chemin);
    const fichier = join(ATTENDUS, `analyser-${nom}.json`);
    if (ECRIRE) {
      mkdirSync(ATTENDUS, { recursive: true });
      writeFileSync(fichier, obtenu);
      return;
    }
    if (!existsSync(fichier))
      throw new Error(`${fichier} absent : le créer avec « npm run -s attendus », puis le relire.`);
    // Comparaison de chaînes (et non d'objets) : l'ordre des clés et la mise en forme comptent.
    expect(obtenu).toBe(readFileSync(fichier, "utf8"));
  });
});
