import { render } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { attendreLecture, fireEvent, monterVolet, screen, waitFor } from "../outils";

describe("états du volet", () => {
  it("pendant la lecture : progression et squelette, puis les vues", async () => {
    await monterVolet(undefined, { latenceMs: 50 });
    expect(screen.getByRole("progressbar", { name: "Lecture du classeur…" })).toBeInTheDocument();
    expect(document.querySelector(".fui-Skeleton")).not.toBeNull();
    await attendreLecture();
    expect(screen.queryByText("Lecture du classeur…")).toBeNull();
  });

  it("une lecture refusée par Excel : message français qui dit quoi faire, et « Réessayer »", async () => {
    await monterVolet(undefined, {}, (hote) => hote.injecter("AccessDenied", { auSync: 1 }));
    const alerte = await screen.findByText(/protégée/);
    expect(alerte.closest("[role]")?.textContent ?? alerte.textContent).toMatch(/protégée/);
    expect(screen.getByText("Le classeur n'a pas pu être lu")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    await attendreLecture();
    await waitFor(() => expect(screen.queryByText("Le classeur n'a pas pu être lu")).toBeNull());
  });

  it("une action qui échoue (onglet supprimé entre-temps) : message français, le volet reste utilisable", async () => {
    const { hote } = await monterVolet();
    await attendreLecture();
    hote.injecter("ItemNotFound", { auSync: hote.stats.syncs + 1 });
    fireEvent.click(screen.getByRole("button", { name: "Aller à l'onglet 2-E" }));
    expect(await screen.findByText(/renommé ou supprimé ; relancez l'analyse/)).toBeInTheDocument();
    expect(screen.getByRole("tablist", { name: "Vues du volet" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Aller à l'onglet 2-E" }));
    await waitFor(() => expect(hote.etat.vue()?.name).toBe("2-E"));
    await waitFor(() => expect(screen.queryByText(/renommé ou supprimé/)).toBeNull());
  });

  it("hors d'Excel (aucune passerelle) : rien d'autre que le bandeau de la coque", () => {
    const { container } = render(<App gateway={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
