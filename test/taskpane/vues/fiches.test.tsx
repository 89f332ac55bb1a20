import {
  attendreFinAction,
  attendreLecture,
  fireEvent,
  monterVolet,
  ouvrirVue,
  screen,
  waitFor,
  within,
} from "../outils";

describe("vue Fiches", () => {
  it("« Générer les 6 fiches socle » ajoute les feuilles, puis Contrôles signale chaque fiche « à rédiger », une fois", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const avant = hote.etat.feuilles().map((f) => f.name);
    let vue = ouvrirVue("Fiches");
    expect(
      within(vue).getByText("Aucune fiche-objectif dans le classeur pour l'instant."),
    ).toBeInTheDocument();
    fireEvent.click(within(vue).getByRole("button", { name: "Générer les 6 fiches socle" }));
    await waitFor(() =>
      expect(
        within(vue).getByRole("region", { name: "Fiches du classeur" }).querySelectorAll("li"),
      ).toHaveLength(6),
    );
    await attendreFinAction();
    const apres = hote.etat.feuilles().map((f) => f.name);
    expect(apres.slice(0, avant.length)).toEqual(avant); // rien retiré ni renommé
    const ajoutees = apres.slice(avant.length);
    expect(ajoutees.filter((n) => n.startsWith("Fiche objectif"))).toHaveLength(6);
    expect(ajoutees).toEqual(expect.arrayContaining(["Suivi des objectifs", "Listes"]));
    expect(screen.getByText(/feuilles ajoutées/)).toBeInTheDocument();

    vue = ouvrirVue("Contrôles");
    const groupes = within(vue)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent ?? "");
    const fiches = groupes.filter((g) => g.startsWith("Fiche objectif"));
    expect(fiches.length).toBeGreaterThan(0);
    // Une fiche générée n'est pas « en erreur » : elle est à rédiger, signalée une seule fois.
    const premiere = within(vue).getByRole("region", { name: fiches[0] });
    expect(premiere.textContent).toMatch(/à rédiger/);
    expect(premiere.textContent).not.toMatch(/Erreur|à compléter|vide\./);
    for (const f of fiches) expect(f).toMatch(/— 1 constat$/);
  });

  it("« Nouvelle fiche » : intitulé obligatoire, axe et ESMS choisis, feuille ajoutée", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Fiches");
    const form = within(vue).getByRole("region", { name: "Nouvelle fiche" });
    fireEvent.click(within(form).getByRole("button", { name: "Ajouter la fiche" }));
    expect(await within(form).findByText("Indiquez l'intitulé de l'objectif.")).toBeInTheDocument();
    const n = hote.etat.feuilles().length;

    fireEvent.click(within(form).getByRole("radio", { name: /^2 — / }));
    fireEvent.change(within(form).getByRole("textbox", { name: /Intitulé de l'objectif/ }), {
      target: { value: "Prévenir les chutes" },
    });
    fireEvent.click(within(form).getByRole("checkbox", { name: "IME Les Pins (440000024)" }));
    fireEvent.click(within(form).getByRole("button", { name: "Ajouter la fiche" }));
    await waitFor(() => expect(hote.etat.feuilles().length).toBeGreaterThan(n));
    await attendreFinAction();
    const liste = within(vue).getByRole("region", { name: "Fiches du classeur" });
    expect(liste).toHaveTextContent(/Fiche 2\.\d+ — Prévenir les chutes/);
    expect(within(form).getByRole("textbox", { name: /Intitulé de l'objectif/ })).toHaveValue("");
    expect(screen.getByText("Fiche « Prévenir les chutes » ajoutée.")).toBeInTheDocument();
  });
});
