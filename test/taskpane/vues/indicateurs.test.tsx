import {
  attendreLecture,
  fireEvent,
  monterVolet,
  ouvrirVue,
  selection,
  waitFor,
  within,
} from "../outils";

const carte = (vue: HTMLElement, libelle: string, perimetre: string) => {
  const c = within(vue)
    .getAllByRole("listitem")
    .find(
      (li) =>
        within(li).queryByRole("heading", { name: libelle }) && li.textContent?.includes(perimetre),
    );
  if (!c) throw new Error(`indicateur ${libelle} (${perimetre}) absent`);
  return c;
};

describe("vue Indicateurs", () => {
  it("groupe les indicateurs par onglet puis par famille", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    const onglets = within(vue)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(onglets.map((t) => t?.split(" — ")[0])).toEqual(["2-D", "2-E", "2-F"]);
    // Le premier onglet est déplié : ses familles sont visibles.
    expect(
      within(vue).getByRole("heading", { level: 4, name: "Indicateurs complémentaires (2-D)" }),
    ).toBeInTheDocument();
    fireEvent.click(within(vue).getByRole("button", { name: /^2-E — / }));
    expect(
      await within(vue).findByRole("heading", { level: 4, name: "Analyse financière (2-E)" }),
    ).toBeInTheDocument();
  });

  it("montre la valeur en fr-FR, l'explication avec les entrées réelles, les seuils et leur source", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    const c = carte(vue, "PP réactualisés depuis moins de 12 mois", "IME Les Pins");
    expect(c.textContent).toContain("75,0\u00a0%"); // fr-FR : virgule, espace insécable
    fireEvent.click(within(c).getByRole("button", { name: "Comment est-ce calculé ?" }));
    expect(within(c).getByRole("button", { name: "Comment est-ce calculé ?" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(c).toHaveTextContent("personnes dont le PP a été réactualisé = 30");
    expect(c).toHaveTextContent("Formule Excel équivalente : =IF(");
    expect(c).toHaveTextContent("Seuils d'alerte");
    expect(c).toHaveTextContent("> 100 %");
    expect(c).toHaveTextContent(/Source : /);
  });

  it("un clic sélectionne les cellules d'entrée de l'indicateur", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    const c = carte(vue, "PP réactualisés depuis moins de 12 mois", "IME Les Pins");
    fireEvent.click(within(c).getByRole("button", { name: /Aller aux cellules d'entrée/ }));
    await waitFor(() => expect(selection(hote)).toEqual({ feuille: "2-D", zones: ["C4", "C5"] }));
  });
});
