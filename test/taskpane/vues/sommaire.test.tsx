import {
  attendreFinAction,
  attendreLecture,
  fireEvent,
  monterVolet,
  screen,
  selection,
  waitFor,
  within,
} from "../outils";

const lignes = () =>
  within(screen.getByRole("region", { name: "Onglets du classeur" })).getAllByRole("listitem");
const ligne = (nom: string) => {
  const l = lignes().find((li) =>
    within(li).queryByRole("button", { name: `Aller à l'onglet ${nom}` }),
  );
  if (!l) throw new Error(`ligne ${nom} absente`);
  return l;
};

describe("vue Sommaire", () => {
  it("liste les onglets dans l'ordre du classeur avec leur annexe, leur état et leur complétude", async () => {
    await monterVolet();
    await attendreLecture();
    expect(lignes().map((li) => within(li).getAllByRole("button")[0]?.textContent)).toEqual([
      "Notes",
      "Annexe 1",
      "Axe 1-1",
      "2-B",
      "2-D",
      "2-E",
      "2-F",
    ]);
    expect(ligne("Annexe 1")).toHaveTextContent("Annexe 1 — Fiche signalétique");
    expect(ligne("Annexe 1")).toHaveTextContent("6 cellules à compléter");
    expect(ligne("2-E")).toHaveTextContent("1 cellule à compléter");
    expect(ligne("2-B")).toHaveTextContent("Complet");
    expect(ligne("Axe 1-1")).toHaveTextContent("Annexe 2-A — Axe 1-1 : ESMS du secteur Enfance");
    expect(ligne("Axe 1-1")).toHaveTextContent("masqué");
    expect(ligne("Axe 1-1")).toHaveTextContent("Non compté : onglet masqué");
    expect(ligne("Notes")).toHaveTextContent("Type non reconnu");
    const barre = within(ligne("Annexe 1")).getByRole("progressbar", {
      name: "Complétude de l'onglet Annexe 1",
    });
    expect(Number(barre.getAttribute("aria-valuenow"))).toBeCloseTo(23 / 29);
  });

  it("affiche la complétude globale (part des cellules de saisie renseignées)", async () => {
    await monterVolet();
    await attendreLecture();
    const global = screen.getByRole("region", { name: /Complétude globale/ });
    expect(global).toHaveTextContent("Complétude globale : 90 %");
    expect(global).toHaveTextContent("62 renseignées sur 69 cellules à compléter");
  });

  it("un clic sur un onglet l'active dans Excel", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    fireEvent.click(screen.getByRole("button", { name: "Aller à l'onglet 2-E" }));
    await waitFor(() => expect(selection(hote)).toEqual({ feuille: "2-E", zones: ["A1"] }));
  });

  it("un onglet masqué demande confirmation avant d'être affiché", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    fireEvent.click(screen.getByRole("button", { name: "Aller à l'onglet Axe 1-1" }));
    const dialogue = await screen.findByRole("dialog", { name: "Afficher l'onglet masqué ?" });
    fireEvent.click(within(dialogue).getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(hote.etat.feuilles().find((f) => f.id === "x11")?.visibility).toBe("Hidden");

    fireEvent.click(screen.getByRole("button", { name: "Aller à l'onglet Axe 1-1" }));
    fireEvent.click(await screen.findByRole("button", { name: "Afficher l'onglet" }));
    await waitFor(() => expect(selection(hote).feuille).toBe("Axe 1-1"));
    expect(hote.etat.feuilles().find((f) => f.id === "x11")?.visibility).toBe("Visible");
    // Relu : l'onglet est maintenant compté et n'est plus marqué masqué.
    await waitFor(() => expect(ligne("Axe 1-1")).not.toHaveTextContent("masqué"));
    expect(ligne("Axe 1-1")).toHaveTextContent(/cellules? à compléter|Complet/);
  });

  it("le type d'un onglet se corrige depuis le menu et la correction est enregistrée dans le classeur", async () => {
    await monterVolet();
    await attendreLecture();
    fireEvent.click(screen.getByRole("button", { name: "Corriger le type de l'onglet Notes" }));
    const menu = await screen.findByRole("menu");
    expect(
      within(menu).getByRole("menuitemradio", { name: "Onglet hors Diagnostic (non reconnu)" }),
    ).toHaveAttribute("aria-checked", "true");
    fireEvent.click(
      within(menu).getByRole("menuitemradio", { name: "Annexe 2-G — Indicateurs départementaux" }),
    );
    await waitFor(() =>
      expect(ligne("Notes")).toHaveTextContent("Annexe 2-G — Indicateurs départementaux"),
    );
    expect(ligne("Notes")).toHaveTextContent("type corrigé");
    await attendreFinAction();
    expect(screen.getByText("Type d'onglet enregistré dans le classeur.")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Corriger le type de l'onglet Notes" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Reconnaissance automatique" }));
    await waitFor(() => expect(ligne("Notes")).toHaveTextContent("Type non reconnu"));
  });
});
