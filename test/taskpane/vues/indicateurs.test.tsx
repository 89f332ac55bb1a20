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

/** Déplie l'onglet puis l'ESMS d'un indicateur (tout est replié au départ). */
async function deplier(vue: HTMLElement, onglet: string, esms: string) {
  fireEvent.click(within(vue).getByRole("button", { name: new RegExp(`^${onglet} — `) }));
  fireEvent.click(await within(vue).findByRole("button", { name: new RegExp(`^${esms} — `) }));
}

describe("vue Indicateurs", () => {
  it("groupe par onglet puis par ESMS, tout replié au départ", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    const onglets = within(vue)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent?.split(" — ")[0]);
    expect(onglets).toEqual(["2-D", "2-E", "2-F"]);
    expect(within(vue).queryAllByRole("listitem")).toHaveLength(0); // aucune carte ouverte
    for (const b of within(vue).getAllByRole("button", { name: / — \d+ indicateurs?/ }))
      expect(b).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(within(vue).getByRole("button", { name: /^2-D — / }));
    expect(
      await within(vue).findByRole("heading", { level: 4, name: /^IME Les Pins — / }),
    ).toBeInTheDocument();
  });

  it("filtre par onglet, par ESMS et « en alerte seulement »", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    const ongletChoisi = within(vue).getByRole("combobox", { name: "Onglet" });
    const option = within(ongletChoisi).getByRole("option", { name: "2-F" }) as HTMLOptionElement;
    fireEvent.change(ongletChoisi, { target: { value: option.value } });
    expect(
      within(vue)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent?.split(" — ")[0]),
    ).toEqual(["2-F"]);
    // Libellés lisibles, jamais les clés « internat esat ».
    for (const b of within(vue).getAllByRole("button", { name: / — \d+ indicateurs?/ }))
      if (b.getAttribute("aria-expanded") === "false") fireEvent.click(b);
    expect(vue.textContent).not.toMatch(/internat esat|internat mas|foyer-de-vie/);
    fireEvent.click(within(vue).getByRole("checkbox", { name: "En alerte seulement" }));
    expect(
      within(vue).getByText(/indicateurs? affichés?|Aucun indicateur pour ces filtres/),
    ).toBeInTheDocument();
    for (const c of within(vue).queryAllByRole("listitem"))
      expect(within(c).getAllByText(/^(Erreur|Alerte|Info)$/).length).toBeGreaterThan(0);
  });

  it("valeur fr-FR, explication lisible, formule française, seuils et leur source", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    await deplier(vue, "2-D", "IME Les Pins");
    const c = carte(vue, "PP réactualisés depuis moins de 12 mois", "IME Les Pins");
    expect(c.textContent).toContain("75,0\u00a0%"); // fr-FR : virgule, espace insécable
    fireEvent.click(within(c).getByRole("button", { name: "Comment est-ce calculé ?" }));
    expect(c).toHaveTextContent("personnes dont le PP a été réactualisé = 30");
    expect(c).toHaveTextContent("Formule Excel équivalente : =SI(");
    expect(c.textContent).not.toMatch(/=IF\(|\[INFÉRENCE\]|\[CONFIRMÉ\]|\.md\b|§/);
    expect(c).toHaveTextContent("Seuils d'alerte");
    expect(c).toHaveTextContent("> 100 %");
    expect(c).toHaveTextContent(/Source : /);
  });

  it("un clic sélectionne les cellules d'entrée de l'indicateur", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    await deplier(vue, "2-D", "IME Les Pins");
    const c = carte(vue, "PP réactualisés depuis moins de 12 mois", "IME Les Pins");
    fireEvent.click(within(c).getByRole("button", { name: /Aller aux cellules d'entrée/ }));
    await waitFor(() => expect(selection(hote)).toEqual({ feuille: "2-D", zones: ["C4", "C5"] }));
  });
});
