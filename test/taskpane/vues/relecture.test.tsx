import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import {
  collecterPrerenseignees,
  ecrireEmpreinte,
  type ValeurPrerenseignee,
} from "../../../src/domain/relecture";
import {
  attendreFinAction,
  attendreLecture,
  fireEvent,
  monterVolet,
  ouvrirVue,
  petitDiagnostic,
  screen,
  waitFor,
  within,
} from "../outils";

/**
 * Vue Relecture : synthèse du classeur ouvert, valeurs pré-renseignées modifiées d'après
 * l'empreinte, bilan inséré dans une feuille nouvelle (rien d'autre touché).
 */

const ORIGINE = { outil: "test", date: "2026-12-15T00:00:00.000Z" };

function empreinteEnvoyee(modifier: (v: ValeurPrerenseignee) => ValeurPrerenseignee): string {
  const s = petitDiagnostic();
  return ecrireEmpreinte(collecterPrerenseignees(s, reconnaitreOnglets(s)).map(modifier), ORIGINE);
}

describe("vue Relecture", () => {
  it("sans empreinte : la synthèse, et l'absence d'empreinte dite", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Relecture");
    expect(within(vue).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Relecture du classeur retourné",
    );
    expect(await within(vue).findByText(/ne porte pas d'empreinte/)).toBeInTheDocument();
    expect(within(vue).getByText("FINESS juridique")).toBeInTheDocument();
  });

  it("avec une empreinte : la valeur envoyée qui diffère est listée, avec un lien vers la cellule", async () => {
    const { gateway } = await monterVolet();
    let premiere: ValeurPrerenseignee | undefined;
    const xml = empreinteEnvoyee((v) => {
      if (premiere || typeof v.valeur !== "number") return v;
      premiere = v;
      return { ...v, valeur: v.valeur + 1 };
    });
    expect(premiere).toBeDefined();
    gateway.readCustomXml = () => Promise.resolve(xml);
    await attendreLecture();
    const vue = ouvrirVue("Relecture");
    const lien = await within(vue).findByRole("button", {
      name: `Aller à ${premiere!.onglet}!${premiere!.cellule}`,
    });
    expect(within(vue).getByText(/Empreinte présente et intacte/)).toBeInTheDocument();
    expect(lien).toBeEnabled();
    expect(within(vue).getByText("À appeler")).toBeInTheDocument();
  });

  it("empreinte altérée : signalée", async () => {
    const { gateway } = await monterVolet();
    const xml = empreinteEnvoyee((v) => v).replace(/controle="[0-9a-f]+"/, 'controle="00"');
    gateway.readCustomXml = () => Promise.resolve(xml);
    await attendreLecture();
    const vue = ouvrirVue("Relecture");
    expect(await within(vue).findByText(/a été modifiée ou abîmée/)).toBeInTheDocument();
  });

  it("« Insérer le bilan » ajoute une seule feuille, à la fin, et ne touche à rien d'autre", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const avant = hote.etat.feuilles().map((f) => f.name);
    const vue = ouvrirVue("Relecture");
    fireEvent.click(
      within(vue).getByRole("button", { name: "Insérer le bilan dans une nouvelle feuille" }),
    );
    await waitFor(() => expect(hote.etat.feuilles()).toHaveLength(avant.length + 1));
    await attendreFinAction();
    const apres = hote.etat.feuilles().map((f) => f.name);
    expect(apres.slice(0, avant.length)).toEqual(avant);
    expect(apres.at(-1)).toBe("Bilan relecture");
    expect(screen.getByText(/Bilan de relecture inséré/)).toBeInTheDocument();
  });
});
