import { act, fireEvent, render, screen } from "@testing-library/react";
import { Coque, type SituationHote } from "../../../src/taskpane/coque";

function Explose(): never {
  throw new Error("vue cassée");
}

describe("Coque", () => {
  it("affiche le titre du complément en h1 et les vues dans <main>", () => {
    render(
      <Coque situation="excel">
        <p>contenu des vues</p>
      </Coque>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Diagnostic CPOM" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveTextContent("contenu des vues");
  });

  it.each<[SituationHote, string | null]>([
    ["excel", null],
    ["hors-excel", "Hors d'Excel"],
    ["office-indisponible", "Office indisponible"],
    ["apercu", "Aperçu dans le navigateur"],
  ])("situation %s : bandeau %s", (situation, titre) => {
    render(<Coque situation={situation} />);
    for (const t of ["Hors d'Excel", "Office indisponible", "Aperçu dans le navigateur"]) {
      if (t === titre) expect(screen.getByText(t)).toBeInTheDocument();
      else expect(screen.queryByText(t)).not.toBeInTheDocument();
    }
  });

  it("montre un indicateur de chargement tant que l'hôte n'est pas connu, sans les vues", () => {
    render(
      <Coque situation={null}>
        <p>contenu des vues</p>
      </Coque>,
    );
    expect(screen.getByText("Connexion à Excel…")).toBeInTheDocument();
    expect(screen.queryByText("contenu des vues")).not.toBeInTheDocument();
  });

  it("remplace une vue qui plante par un message français, puis « Réessayer » la réaffiche", () => {
    const erreur = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let casse = true;
    function Vue() {
      return casse ? <Explose /> : <p>vue réparée</p>;
    }
    render(
      <Coque situation="excel">
        <Vue />
      </Coque>,
    );
    expect(screen.getByText("Erreur inattendue")).toBeInTheDocument();
    expect(screen.getByText(/Détail : vue cassée/)).toBeInTheDocument();
    casse = false;
    fireEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    expect(screen.getByText("vue réparée")).toBeInTheDocument();
    expect(erreur).toHaveBeenCalled();
    erreur.mockRestore();
  });

  it("affiche une promesse rejetée non traitée : message d'une GatewayError tel quel", () => {
    render(<Coque situation="excel" />);
    const raison = Object.assign(new Error("Cette feuille est protégée."), {
      name: "GatewayError",
    });
    act(() => {
      const e = new Event("unhandledrejection") as PromiseRejectionEvent;
      Object.assign(e, { reason: raison, promise: Promise.resolve() });
      window.dispatchEvent(e);
    });
    expect(screen.getByText("Opération interrompue")).toBeInTheDocument();
    expect(screen.getByText("Cette feuille est protégée.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Fermer le message" }));
    expect(screen.queryByText("Opération interrompue")).not.toBeInTheDocument();
  });

  it("affiche une autre erreur avec une phrase générique et le détail", () => {
    render(<Coque situation="excel" />);
    act(() => {
      const e = new Event("unhandledrejection") as PromiseRejectionEvent;
      Object.assign(e, { reason: new TypeError("x is undefined"), promise: Promise.resolve() });
      window.dispatchEvent(e);
    });
    expect(
      screen.getByText(/Une opération a échoué\. .*Détail : x is undefined/),
    ).toBeInTheDocument();
  });
});
