import { act } from "@testing-library/react";
import { attendreLecture, fireEvent, monterVolet, ouvrirVue, screen, within } from "../outils";

/** Visite guidée (5 étapes, passer, rouvrir, Échap) et glossaire (recherche, liens des cartes). */

async function ouvrirVisite() {
  fireEvent.click(screen.getByRole("button", { name: "Formation" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: "Visite guidée" }));
}

describe("visite guidée", () => {
  it("5 étapes, chacune sur sa vue ; focus au titre ; Terminer ferme", async () => {
    await monterVolet();
    await attendreLecture();
    await ouvrirVisite();
    const vues = ["Sommaire", "Saisie", "Indicateurs", "Contrôles", "Fiches"];
    for (const [i, v] of vues.entries()) {
      const titre = await screen.findByRole("heading", {
        name: `Visite guidée — étape ${i + 1} sur 5 : ${v}`,
      });
      expect(titre).toHaveFocus();
      expect(screen.getByRole("tab", { name: v })).toHaveAttribute("aria-selected", "true");
      fireEvent.click(
        screen.getByRole("button", { name: i < 4 ? "Suivant" : "Terminer la visite" }),
      );
    }
    expect(screen.queryByRole("region", { name: /Visite guidée/ })).toBeNull();
  });

  it("Échap passe la visite ; elle se rouvre depuis « Formation »", async () => {
    await monterVolet();
    await attendreLecture();
    await ouvrirVisite();
    const region = await screen.findByRole("region", { name: /Visite guidée — étape 1/ });
    fireEvent.keyDown(region, { key: "Escape" });
    expect(screen.queryByRole("region", { name: /Visite guidée/ })).toBeNull();
    await ouvrirVisite();
    expect(await screen.findByRole("region", { name: /étape 1 sur 5/ })).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole("button", { name: "Passer la visite" })[0]!);
    expect(screen.queryByRole("region", { name: /Visite guidée/ })).toBeNull();
  });
});

describe("glossaire", () => {
  it("cherche sans accents et donne définition et source", async () => {
    await monterVolet();
    await attendreLecture();
    fireEvent.click(screen.getByRole("button", { name: "Glossaire" }));
    const dialogue = await screen.findByRole("dialog", { name: "Glossaire du Diagnostic CPOM" });
    const recherche = within(dialogue).getByRole("searchbox", { name: "Chercher un terme" });
    act(() => void fireEvent.change(recherche, { target: { value: "vetuste" } }));
    expect(
      within(dialogue).getByRole("heading", { level: 3, name: "Vétusté" }),
    ).toBeInTheDocument();
    expect(dialogue).toHaveTextContent("Source : ");
    expect(dialogue).toHaveTextContent("1 terme");
    fireEvent.click(within(dialogue).getByRole("button", { name: "Fermer le glossaire" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("une carte d'indicateur renvoie au terme du glossaire", async () => {
    await monterVolet();
    await attendreLecture();
    const vue = ouvrirVue("Indicateurs");
    fireEvent.click(within(vue).getByRole("button", { name: /^2-F — / }));
    fireEvent.click(await within(vue).findByRole("button", { name: /^IME Les Pins — / }));
    fireEvent.click(
      within(vue).getAllByRole("button", { name: "Amendement Creton (glossaire)" })[0]!,
    );
    const dialogue = await screen.findByRole("dialog", { name: "Glossaire du Diagnostic CPOM" });
    expect(
      await within(dialogue).findByRole("heading", { level: 3, name: "Amendement Creton" }),
    ).toBeInTheDocument();
  });
});
