import { analyserInstantane } from "../../../src/use-cases/analyser";
import {
  attendreFinAction,
  petitDiagnostic,
  attendreLecture,
  fireEvent,
  monterVolet,
  ouvrirVue,
  screen,
  selection,
  waitFor,
  within,
} from "../outils";

const constat = (vue: HTMLElement, texte: RegExp) =>
  within(vue)
    .queryAllByRole("listitem")
    .find((li) => texte.test(li.textContent ?? ""));

/** Ce que l'analyse (pure) trouve dans le petit Diagnostic : la vue doit le montrer tel quel. */
const attendu = analyserInstantane(petitDiagnostic());
const { erreurs, alertes, infos } = attendu.resume;
const parOnglet = (nom: string | null) =>
  attendu.constats.filter((c) => (c.onglet?.nom ?? null) === nom);
const titre = (nom: string | null, n = parOnglet(nom).length) =>
  `${nom ?? "Classeur entier"} — ${n} constat${n > 1 ? "s" : ""}`;

describe("vue Contrôles", () => {
  it("compte les constats par gravité et les groupe par onglet puis par gravité", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Contrôles");
    const resume = within(vue).getByRole("list", { name: "Constats par gravité" });
    expect(alertes).toBeGreaterThan(0);
    expect(infos).toBeGreaterThan(0);
    expect(resume).toHaveTextContent(`Erreurs : ${erreurs}`);
    expect(resume).toHaveTextContent(`Alertes : ${alertes}`);
    expect(resume).toHaveTextContent(`Informations : ${infos}`);
    const groupes = within(vue)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    // Classeur entier d'abord, puis les onglets dans l'ordre du classeur.
    expect(groupes).toEqual(
      [null, "Notes", "Axe 1-1", "2-E", "2-F"]
        .filter((n) => parOnglet(n).length > 0)
        .map((n) => titre(n)),
    );
    // Dans chaque onglet, un groupe par gravité présente, dans l'ordre erreur, alerte, info.
    const NOMS = { erreur: "Erreurs", alerte: "Alertes", info: "Informations" } as const;
    for (const nom of [null, "Notes", "Axe 1-1", "2-E", "2-F"]) {
      const gravites = new Set(parOnglet(nom).map((c) => c.gravite));
      if (gravites.size === 0) continue;
      const region = within(vue).getByRole("region", { name: titre(nom) });
      expect(
        within(region)
          .getAllByRole("heading", { level: 4 })
          .map((h) => h.textContent),
      ).toEqual(
        (["erreur", "alerte", "info"] as const).filter((g) => gravites.has(g)).map((g) => NOMS[g]),
      );
    }
  });

  it("filtre par gravité", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Contrôles");
    fireEvent.click(within(vue).getByRole("checkbox", { name: `Alertes (${alertes})` }));
    const infosDe = (nom: string | null) =>
      parOnglet(nom).filter((c) => c.gravite === "info").length;
    const groupes = within(vue)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(groupes).toEqual(
      [null, "Notes", "Axe 1-1", "2-E", "2-F"]
        .filter((n) => infosDe(n) > 0)
        .map((n) => titre(n, infosDe(n))),
    );
    expect(groupes).toContain(titre("Notes", 1));
    fireEvent.click(within(vue).getByRole("checkbox", { name: `Informations (${infos})` }));
    expect(within(vue).getByText("Aucun constat pour les gravités choisies.")).toBeInTheDocument();
  });

  it("explique pourquoi et comment corriger, va à la cellule ; le constat corrigé disparaît", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Contrôles");
    const c = constat(vue, /Tableau E1/);
    if (!c) throw new Error("constat de saisie de 2-E attendu");
    fireEvent.click(within(c).getByRole("button", { name: "Pourquoi ?" }));
    fireEvent.click(within(c).getByRole("button", { name: "Comment corriger ?" }));
    expect(within(c).getByRole("button", { name: "Pourquoi ?" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(c.textContent?.length).toBeGreaterThan(120);
    fireEvent.click(within(c).getByRole("button", { name: /^Aller à la cellule/ }));
    await waitFor(() => expect(selection(hote)).toEqual({ feuille: "2-E", zones: ["D5"] }));
    await attendreFinAction();

    hote.etat.saisir("e2", 4, 3, 150);
    await waitFor(() => expect(constat(vue, /Tableau E1/)).toBeUndefined());
    expect(screen.getByText(/constats? corrigés? depuis la dernière analyse/)).toBeInTheDocument();
  });

  it("« Relancer les contrôles » relit le classeur", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Contrôles");
    const avant = hote.stats.syncs;
    fireEvent.click(within(vue).getByRole("button", { name: "Relancer les contrôles" }));
    await waitFor(() => expect(hote.stats.syncs).toBeGreaterThan(avant));
    await attendreFinAction();
    expect(within(vue).getByRole("list", { name: "Constats par gravité" })).toHaveTextContent(
      `Alertes : ${alertes}`,
    );
  });
});
