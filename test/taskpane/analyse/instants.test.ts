/** @jest-environment node */
// Environnement node : jsdom n’a pas `performance.mark` ; le volet et le fil (navigateur) l’ont.
import { analyseurDuVolet } from "../../../src/taskpane/analyse/analyseur";
import { instantAbsolu, marquerA } from "../../../src/taskpane/analyse/marques";
import { repondre, type ReponseAnalyse } from "../../../src/taskpane/analyse/messages";
import { petitDiagnostic } from "../outils";
import { ETAPES, vraiFil } from "./faux-fil";

/**
 * Décomposition du premier affichage (issue 20, bench:volet) : le fil dit quand il a reçu la
 * demande et quand il envoie le sommaire, en instants absolus (les `performance.now()` du fil et du
 * volet n'ont pas la même origine) ; le volet en fait les repères `cpom:fil-recu` et
 * `cpom:fil-envoye`, qui séparent l'aller, le calcul et le retour des messages.
 */
const reperes = (nom: string) =>
  performance.getEntriesByName(`cpom:${nom}`, "mark").map((e) => e.startTime);

beforeEach(() => performance.clearMarks());

describe("instants du fil d'analyse", () => {
  it("le sommaire porte l'instant de réception et d'envoi, dans l'ordre, autour de son calcul", () => {
    const avant = instantAbsolu() ?? NaN;
    const recus: ReponseAnalyse[] = [];
    repondre({ id: 1, snapshot: petitDiagnostic() }, ETAPES, (r) => recus.push(r));
    const apres = instantAbsolu() ?? NaN;
    const sommaire = recus.find((r) => r.etape === "sommaire");
    if (sommaire?.etape !== "sommaire" || !sommaire.instants) throw new Error("pas d'instants");
    const { recu, envoye } = sommaire.instants;
    expect(recu).toBeGreaterThanOrEqual(avant);
    expect(envoye).toBeGreaterThanOrEqual(recu + sommaire.ms - 1);
    expect(envoye).toBeLessThanOrEqual(apres);
    // Le complément n'en porte pas : il ne sert qu'à la décomposition du premier affichage.
    expect(recus.find((r) => r.etape === "complement")).not.toHaveProperty("instants");
  });

  it("marquerA pose le repère à l'instant absolu donné, sur l'horloge du volet", () => {
    const t = performance.timeOrigin + 12.5;
    marquerA("fil-recu", t);
    expect(reperes("fil-recu")).toEqual([12.5]);
  });

  it("un instant hors de l'horloge du volet (avant son origine, non fini) ne pose aucun repère", () => {
    marquerA("fil-recu", performance.timeOrigin - 1);
    marquerA("fil-envoye", Number.NaN);
    expect([...reperes("fil-recu"), ...reperes("fil-envoye")]).toEqual([]);
  });

  it("le volet pose fil-recu ≤ fil-envoye ≤ sommaire-pret à la réception du sommaire", async () => {
    await analyseurDuVolet(() => vraiFil()).analyser(petitDiagnostic());
    const [recu] = reperes("fil-recu");
    const [envoye] = reperes("fil-envoye");
    const [pret] = reperes("sommaire-pret");
    expect(recu).toBeDefined();
    expect(recu).toBeLessThanOrEqual(envoye ?? NaN);
    expect(envoye).toBeLessThanOrEqual(pret ?? NaN);
  });
});
