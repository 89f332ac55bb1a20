import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent, type RefObject } from "react";
import { lireA1 } from "../domain/classeur/adresse";
import { lireNombreTexte } from "../domain/valeurs";
import type { EtatHote } from "../gateway/host-simule";
import { TA } from "./textes";

const useStyles = makeStyles({
  formulaire: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  adresse: { width: "7em" },
});

/** Valeur saisie : nombre si le texte en est un (« 12,5 »), sinon texte. */
function valeurDe(texte: string): string | number {
  return lireNombreTexte(texte) ?? texte;
}

/**
 * Saisie d'une valeur dans une cellule de la feuille active, comme le ferait l'utilisateur dans
 * Excel (événement « modifié » : le volet se met à jour). Adresse proposée : la cellule sélectionnée.
 */
export function SaisieCellule({
  etat,
  sheetId,
  proposee,
  refValeur,
}: {
  readonly etat: EtatHote;
  readonly sheetId: string;
  readonly proposee: string;
  /** Champ « Valeur » (Entrée ou F2 dans la grille y place le curseur, comme dans Excel). */
  readonly refValeur?: RefObject<HTMLInputElement | null>;
}) {
  const s = useStyles();
  const [adresse, setAdresse] = useState<string | null>(null);
  const [valeur, setValeur] = useState("");
  const [retour, setRetour] = useState<{ ok: boolean; texte: string } | null>(null);
  const a = (adresse ?? proposee).trim().toUpperCase();

  const valider = (e: FormEvent) => {
    e.preventDefault();
    let pos: { row: number; col: number };
    try {
      pos = lireA1(a);
    } catch {
      setRetour({ ok: false, texte: TA.celluleInvalide(a) });
      return;
    }
    etat.saisir(sheetId, pos.row, pos.col, valeurDe(valeur));
    setRetour({ ok: true, texte: TA.saisieFaite(a) });
    setValeur("");
    setAdresse(null);
  };

  return (
    <form className={s.formulaire} aria-label={TA.saisieTitre} onSubmit={valider}>
      <Field
        label={TA.cellule}
        validationState={retour && !retour.ok ? "error" : "none"}
        validationMessage={retour && !retour.ok ? retour.texte : undefined}
      >
        <Input
          className={s.adresse}
          value={adresse ?? proposee}
          onChange={(_, d) => setAdresse(d.value)}
        />
      </Field>
      <Field label={TA.valeur}>
        <Input ref={refValeur} value={valeur} onChange={(_, d) => setValeur(d.value)} />
      </Field>
      <Button type="submit">{TA.valider}</Button>
      <Text role="status">{retour?.ok ? retour.texte : ""}</Text>
    </form>
  );
}
