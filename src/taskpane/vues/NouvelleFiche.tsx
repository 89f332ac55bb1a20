import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useMemo, useState, type FormEvent } from "react";
import { AXES, type NumeroAxe } from "../../domain/fiches";
import { esmsProposes } from "../../use-cases/vue-fiches";
import { useAnalyse } from "../etat/session";
import { T } from "../textes";

const useStyles = makeStyles({
  formulaire: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  esms: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  legende: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  aide: { color: tokens.colorNeutralForeground2 },
  bouton: { alignSelf: "flex-start" },
});

/** Formulaire « Nouvelle fiche » : axe, intitulé, ESMS concernés. */
export function NouvelleFiche() {
  const s = useStyles();
  const { session, etat, analyse } = useAnalyse();
  const esms = useMemo(() => esmsProposes(analyse), [analyse]);
  const [axe, setAxe] = useState<NumeroAxe>(1);
  const [titre, setTitre] = useState("");
  const [coches, setCoches] = useState<ReadonlySet<string>>(new Set());
  const [tente, setTente] = useState(false);
  const manquant = titre.trim() === "";

  const envoyer = async (e: FormEvent) => {
    e.preventDefault();
    setTente(true);
    if (manquant) return;
    const choisis = esms.filter((x) => coches.has(x.valeur)).map((x) => x.valeur);
    const ok = await session.nouvelleFiche({ axe, titre: titre.trim(), esms: choisis });
    if (ok) {
      setTitre("");
      setCoches(new Set());
      setTente(false);
    }
  };

  return (
    <form className={s.formulaire} onSubmit={(e) => void envoyer(e)} noValidate>
      <Field label={T.fiches.axe}>
        <RadioGroup value={String(axe)} onChange={(_, d) => setAxe(Number(d.value) as NumeroAxe)}>
          {AXES.map((a) => (
            <Radio key={a.numero} value={String(a.numero)} label={a.libelle} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={T.fiches.intitule}
        required
        validationState={tente && manquant ? "error" : "none"}
        validationMessage={tente && manquant ? T.fiches.intituleRequis : undefined}
      >
        <Input value={titre} onChange={(_, d) => setTitre(d.value)} />
      </Field>
      <fieldset className={s.esms}>
        <legend className={s.legende}>{T.fiches.esms}</legend>
        {esms.length === 0 ? (
          <Text size={200} className={s.aide}>
            {T.fiches.esmsAucun}
          </Text>
        ) : (
          <>
            {esms.map((x) => (
              <Checkbox
                key={x.valeur}
                label={x.valeur}
                checked={coches.has(x.valeur)}
                onChange={(_, d) => {
                  const c = new Set(coches);
                  if (d.checked === true) c.add(x.valeur);
                  else c.delete(x.valeur);
                  setCoches(c);
                }}
              />
            ))}
            <Text size={200} className={s.aide}>
              {T.fiches.esmsAide}
            </Text>
          </>
        )}
      </fieldset>
      <Button
        className={s.bouton}
        type="submit"
        icon={<DocumentAddRegular />}
        disabledFocusable={etat.action !== null}
      >
        {T.fiches.ajouter}
      </Button>
    </form>
  );
}
