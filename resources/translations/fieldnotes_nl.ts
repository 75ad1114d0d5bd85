<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActionBadge</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/action_badge.py" line="+18"/>
        <source>unknown participant</source>
        <translation>onbekende deelnemer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spoke: {names}</source>
        <translation>Sprak: {names}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner {name}</source>
        <translation>door {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚑ Action: {status}</source>
        <translation>⚑ Actie: {status}</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <location filename="../../fieldnotes/ui/commands/actions.py" line="+27"/>
        <source>Reopen action</source>
        <translation>Actie heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark action done</source>
        <translation>Actie gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark action dropped</source>
        <translation>Actie vervallen</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/action_dialog.py" line="+59"/>
        <source>Agreement or action</source>
        <translation>Afspraak of actie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an &amp;agreement or action</source>
        <translation>Dit is een &amp;afspraak of actie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no due date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up arrow: from today · Delete: no due date</source>
        <translation>Pijl omhoog: vanaf vandaag · Delete: geen datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no changes yet)</source>
        <translation>(nog geen wijzigingen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History:</source>
        <translation>Geschiedenis:</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/actions_model.py" line="+58"/>
        <source>Meeting date</source>
        <translation>Datum bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{status}, overdue</source>
        <translation>{status}, te laat</translation>
    </message>
</context>
<context>
    <name>ActionsWindow</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/actions_window.py" line="+54"/>
        <location line="+30"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Bijeenkomst:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Actions per meeting, by status</source>
        <translation>Acties per bijeenkomst, naar stand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark d&amp;ropped</source>
        <translation>Als &amp;vervallen markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All meetings</source>
        <translation>Alle bijeenkomsten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open: {open} · done: {done} · dropped: {dropped}</source>
        <translation>Open: {open} · gedaan: {done} · vervallen: {dropped}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Actions agreed per meeting, by status now</source>
        <translation>Afgesproken acties per bijeenkomst, naar hoe ze nu staan</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../fieldnotes/ui/file_places.py" line="+44"/>
        <source>fieldnotes projects (*.fieldnotes)</source>
        <translation>fieldnotes-projecten (*.fieldnotes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/ui/app.py" line="+250"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>De automatische reservekopie is mislukt: {reason}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The example study could not be made in {folder}: {reason}.</source>
        <translation>De voorbeeldstudie kon niet worden gemaakt in {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
</context>
<context>
    <name>AppendixModel</name>
    <message>
        <location filename="../../fieldnotes/ui/cac/models.py" line="+193"/>
        <source>Dimension / item</source>
        <translation>Dimensie / item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../fieldnotes/ui/protection/backups_model.py" line="+41"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>CacRoundsDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/cac/dialog.py" line="+75"/>
        <source>CAC questionnaire rounds</source>
        <translation>CAC-vragenlijstrondes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores per item and respondent</source>
        <translation>Scores per item en respondent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Respondent to add</source>
        <translation>Toe te voegen respondent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Add respondent</source>
        <translation>Respondent toevoegen</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Answers</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scores</source>
        <translation>&amp;Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare rounds</source>
        <translation>Rondes &amp;vergelijken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New round…</source>
        <translation>&amp;Nieuwe ronde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete round</source>
        <translation>Ronde ver&amp;wijderen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Delete round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{label}” and its answers? You can undo this with Ctrl+Z.</source>
        <translation>“{label}” en de bijbehorende antwoorden verwijderen? Ongedaan maken kan met Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Create a round first.</source>
        <translation>Maak eerst een ronde aan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import answers from {name}</source>
        <translation>Antwoorden importeren uit {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported answers of %n respondent(s).</source>
        <translation>
            <numerusform>Antwoorden van %n respondent geïmporteerd.</numerusform>
            <numerusform>Antwoorden van %n respondenten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import answers</source>
        <translation>Antwoorden importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/speaker_picker.py" line="+75"/>
        <source>spoke</source>
        <translation>sprak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not marked</source>
        <translation>niet aangevinkt</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../fieldnotes/ui/capture.py" line="+67"/>
        <source>Remove tag {name}</source>
        <translation>Tag {name} verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag {name}</source>
        <translation>Taggen met {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>emergent theme</source>
        <translation>opkomend thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New theme {name}</source>
        <translation>Nieuw thema {name}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not spoken: {name}</source>
        <translation>Niet gesproken: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoke: {name}</source>
        <translation>Sprak: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Agreement or action</source>
        <translation>Afspraak of actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No longer an action</source>
        <translation>Geen actie meer</translation>
    </message>
</context>
<context>
    <name>ChartSaving</name>
    <message>
        <location filename="../../fieldnotes/ui/charts/saving.py" line="+85"/>
        <source>Save chart as &amp;picture…</source>
        <translation>Grafiek opslaan als &amp;afbeelding…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;numbers as CSV…</source>
        <translation>&amp;Getallen opslaan als CSV…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart as a picture.</source>
        <translation>De grafiek als afbeelding.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save numbers</source>
        <translation>Getallen opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The numbers behind the chart (CSV).</source>
        <translation>De getallen achter de grafiek (CSV).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>CoOccurrenceModel</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/co_occurrence_window.py" line="+107"/>
        <source>{count} observation(s) with “{a}” and “{b}”</source>
        <translation>{count} waarneming(en) met “{a}” en “{b}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>CoOccurrenceWindow</name>
    <message>
        <location line="+13"/>
        <source>Code co-occurrence</source>
        <translation>Codes die samen voorkomen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CAC dimensions and themes</source>
        <translation>CAC-dimensies en thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAC items and themes</source>
        <translation>CAC-items en thema&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observations per pair of codes</source>
        <translation>Waarnemingen per paar codes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Observations carrying both codes (each with its sub-codes); the grey diagonal is each code on its own. Press Enter or click a cell to see them.</source>
        <translation>Waarnemingen met beide codes (elk met zijn subcodes); de grijze diagonaal is elke code op zich. Druk op Enter of klik op een vak om ze te zien.</translation>
    </message>
</context>
<context>
    <name>CodeFrequencyModel</name>
    <message numerus="yes">
        <location filename="../../fieldnotes/ui/analysis/timeline_models.py" line="+180"/>
        <source>{code} in {meeting}: %n observation(s)</source>
        <translation>
            <numerusform>{code} in {meeting}: %n waarneming</numerusform>
            <numerusform>{code} in {meeting}: %n waarnemingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>CodeListPicker</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/code_list_picker.py" line="+27"/>
        <source>Add a code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>+ add a code…</source>
        <translation>+ code toevoegen…</translation>
    </message>
</context>
<context>
    <name>CodeMatchModel</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/tag_picker.py" line="+66"/>
        <source>+ Create theme “{name}”</source>
        <translation>+ Thema “{name}” aanmaken</translation>
    </message>
</context>
<context>
    <name>CodebookCommands</name>
    <message>
        <location filename="../../fieldnotes/ui/commands/codebook.py" line="+17"/>
        <source>Edit theme</source>
        <translation>Thema bewerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge themes</source>
        <translation>Thema&apos;s samenvoegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit memo</source>
        <translation>Memo bewerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New CAC round</source>
        <translation>Nieuwe CAC-ronde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete CAC round</source>
        <translation>CAC-ronde verwijderen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Load CAC wording</source>
        <translation>CAC-formulering laden</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/codebook/dialog.py" line="+64"/>
        <location line="+8"/>
        <location line="+175"/>
        <location line="+9"/>
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memo about this code</source>
        <translation>Memo over deze code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytic memo about this code</source>
        <translation>Analytisch memo over deze code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply changes</source>
        <translation>Wijzigingen toe&amp;passen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CAC framework is built in and cannot be changed.</source>
        <translation>Het CAC-raamwerk is ingebouwd en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Herkomst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memo:</source>
        <translation>M&amp;emo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;theme</source>
        <translation>Nieuw &amp;thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;sub-theme</source>
        <translation>Nieuw &amp;subthema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into…</source>
        <translation>Samen&amp;voegen met…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAC &amp;wording…</source>
        <translation>CAC-&amp;formulering…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code × meeting &amp;matrix</source>
        <translation>&amp;Matrix code × bijeenkomst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag a theme onto another to nest it, or onto empty space to make it top-level. Double-click a code to list its observations.</source>
        <translation>Sleep een thema op een ander thema om het daaronder te plaatsen, of naar een lege plek om er een hoofdthema van te maken. Dubbelklik op een code om de bijbehorende waarnemingen te tonen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Theme colour</source>
        <translation>Themakleur</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nest theme</source>
        <translation>Thema verplaatsen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merge theme</source>
        <translation>Thema samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “{name}” into (its observations are retagged):</source>
        <translation>“{name}” samenvoegen met (de waarnemingen krijgen de nieuwe tag):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{name}”? Observations keep their other tags; sub-themes move up. You can undo this with Ctrl+Z.</source>
        <translation>“{name}” verwijderen? Waarnemingen houden hun andere tags; subthema&apos;s schuiven een niveau omhoog. Ongedaan maken kan met Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>CAC wording</source>
        <translation>CAC-formulering</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Load the team&apos;s CAC wording (columns item, text)</source>
        <translation>Eigen CAC-formulering van het team laden (kolommen item, text)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This wording is in:</source>
        <translation>Deze formulering is in het:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Export codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The codebook as a table (CSV).</source>
        <translation>Het codeboek als tabel (CSV).</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../fieldnotes/ui/codebook/model.py" line="+59"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../fieldnotes/ui/cac/models.py" line="+24"/>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/conflicts_dialog.py" line="+117"/>
        <source>This copy (in place)</source>
        <translation>Deze kopie (staat erin)</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/conflict_text.py" line="+24"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real name</source>
        <translation>Echte naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Valt onder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/merge_models.py" line="+130"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/conflicts_dialog.py" line="+24"/>
        <source>Review merge conflicts</source>
        <translation>Samenvoegconflicten bekijken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Keep this copy&apos;s version</source>
        <translation>&amp;Versie van deze kopie houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the other version</source>
        <translation>&amp;Andere versie nemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts: everything merged cleanly.</source>
        <translation>Geen conflicten: alles is netjes samengevoegd.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep this copy&apos;s version</source>
        <translation>Versie van deze kopie houden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the other version</source>
        <translation>Andere versie nemen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{who}&apos;s copy</source>
        <translation>Kopie van {who}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>de ander</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location line="-149"/>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version by</source>
        <translation>Andere versie van</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/date_range.py" line="+27"/>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Delete: any date</source>
        <translation>Ctrl+Delete: elke datum</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“To” is before “from”.</source>
        <translation>“Tot” ligt vóór “van”.</translation>
    </message>
</context>
<context>
    <name>DimensionChart</name>
    <message>
        <location filename="../../fieldnotes/ui/cac/chart.py" line="+24"/>
        <source>Dimension scores per round</source>
        <translation>Dimensiescores per ronde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No rounds to compare yet</source>
        <translation>Nog geen rondes om te vergelijken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/crash_handler.py" line="+38"/>
        <source>Something went wrong inside fieldnotes ({error}).</source>
        <translation>Er ging iets mis in fieldnotes ({error}).</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Details are in the log file; please include it when reporting the problem.</source>
        <translation>De details staan in het logbestand; stuur dat mee bij het melden van het probleem.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../fieldnotes/errors.py" line="+48"/>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not exist</source>
        <translation>het bestaat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fieldnotes/imports/refi_archive.py" line="+59"/>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is in use by another program</source>
        <translation>het is in gebruik door een ander programma</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/export/atomic.py" line="+48"/>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Kan {path} niet schrijven: het is een map.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Kan {path} niet schrijven: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location filename="../../fieldnotes/store/backup.py" line="+299"/>
        <location line="+21"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan {path} niet schrijven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/cac_csv.py" line="+34"/>
        <source>line {line}: {problem}</source>
        <translation>regel {line}: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (and {count} more)</source>
        <translation> (en nog {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported.</source>
        <translation>Er is niets ingelezen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../fieldnotes/store/connection.py" line="+153"/>
        <location line="+61"/>
        <location filename="../../fieldnotes/store/sync/other.py" line="+202"/>
        <location line="+6"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan {path} niet lezen: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not UTF-8 text</source>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the first line must be the header respondent,item,score</source>
        <translation>de eerste regel moet de kop respondent,item,score zijn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected 3 values, found {count}</source>
        <translation>3 waarden verwacht, {count} gevonden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown respondent &apos;{who}&apos; (use a participant&apos;s id or pseudonym)</source>
        <translation>onbekende respondent &apos;{who}&apos; (gebruik de id of het pseudoniem van een deelnemer)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>item &apos;{item}&apos; is not a CAC item number from 1 to {last}</source>
        <translation>item &apos;{item}&apos; is geen CAC-itemnummer van 1 tot en met {last}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>score &apos;{score}&apos; is not a number</source>
        <translation>score &apos;{score}&apos; is geen getal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>score {score} is outside 0-100</source>
        <translation>score {score} ligt buiten 0-100</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>item {item} for {who} was already given on line {first}</source>
        <translation>item {item} voor {who} stond al op regel {first}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file is not readable as CSV ({reason})</source>
        <translation>het bestand is niet te lezen als CSV ({reason})</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>the file is larger than {size} kB</source>
        <translation>het bestand is groter dan {size} kB</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/cac_wording_csv.py" line="+35"/>
        <source>the first line must be the header item,text</source>
        <translation>de eerste regel moet de kop item,text zijn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected 2 values, found {count}</source>
        <translation>2 waarden verwacht, {count} gevonden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{key}” is neither a CAC item number from 1 to {last} nor a dimension ({dimensions})</source>
        <translation>“{key}” is geen CAC-itemnummer van 1 tot en met {last} en geen dimensie ({dimensions})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the text for {key} is empty</source>
        <translation>de tekst voor {key} is leeg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text for {key} is longer than {limit} characters</source>
        <translation>de tekst voor {key} is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{key} was already given on line {first}</source>
        <translation>{key} stond al op regel {first}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file holds no wording</source>
        <translation>het bestand bevat geen formulering</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/codes_repo.py" line="+108"/>
        <source>A theme can only be nested under another theme.</source>
        <translation>Een thema kan alleen onder een ander thema worden geplaatst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A theme cannot be nested inside itself or its own sub-themes.</source>
        <translation>Een thema kan niet onder zichzelf of een eigen subthema worden geplaatst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a theme can be merged, and only into another theme.</source>
        <translation>Alleen een thema kan worden samengevoegd, en alleen met een ander thema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A theme cannot be merged into itself.</source>
        <translation>Een thema kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A theme cannot be merged into one of its own sub-themes.</source>
        <translation>Een thema kan niet worden samengevoegd met een van zijn eigen subthema&apos;s.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/connection.py" line="-55"/>
        <source>{path} is a folder, not a fieldnotes project file.</source>
        <translation>{path} is een map, geen projectbestand van fieldnotes.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/backup.py" line="-200"/>
        <source>The backup {path} is damaged: {finding}.</source>
        <translation>De reservekopie {path} is beschadigd: {finding}.</translation>
    </message>
    <message>
        <location line="+120"/>
        <location filename="../../fieldnotes/store/connection.py" line="-79"/>
        <location filename="../../fieldnotes/store/encryption.py" line="+87"/>
        <location filename="../../fieldnotes/store/sync/other.py" line="-128"/>
        <source>No fieldnotes project at {path}.</source>
        <translation>Geen fieldnotes-project op {path}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+16"/>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} bestaat al; kies een nieuwe naam.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location filename="../../fieldnotes/store/connection.py" line="-6"/>
        <location filename="../../fieldnotes/store/sync/other.py" line="+4"/>
        <source>{path} is an empty file, not a fieldnotes project.</source>
        <translation>{path} is een leeg bestand, geen fieldnotes-project.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/connection.py" line="+14"/>
        <source>{path} is encrypted or is not a fieldnotes project; an encrypted project needs its passphrase.</source>
        <translation>{path} is versleuteld of is geen fieldnotes-project; een versleuteld project heeft zijn wachtwoordzin nodig.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{path} is not a regular file (a device or pipe), not a project.</source>
        <translation>{path} is geen gewoon bestand (maar een apparaat of pijp), dus geen project.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open {path}: {reason}.</source>
        <translation>Kan {path} niet openen: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../fieldnotes/ui/welcome/new_study.py" line="+93"/>
        <source>Cannot create a project at {path}: {reason}.</source>
        <translation>Kan geen project maken op {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrong passphrase for {path}.</source>
        <translation>Verkeerde wachtwoordzin voor {path}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{path} is read-only and needs updating before it can be opened.</source>
        <translation>{path} is alleen-lezen en moet eerst worden bijgewerkt voordat het open kan.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>{path} is not a fieldnotes project (it is not a database file).</source>
        <translation>{path} is geen fieldnotes-project (het is geen databasebestand).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{path} was written by a newer version of fieldnotes (schema {version}, this version knows up to {known}); please update fieldnotes.</source>
        <translation>{path} is gemaakt met een nieuwere versie van fieldnotes (schema {version}, deze versie kent tot en met {known}); werk fieldnotes bij.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not a fieldnotes project (it belongs to another program).</source>
        <translation>{path} is geen fieldnotes-project (het hoort bij een ander programma).</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/export/document_strings.py" line="+57"/>
        <source>No member-check document language {language} (choose from {choices}).</source>
        <translation>Geen documenttaal {language} voor de samenvatting (kies uit {choices}).</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/docx_limits.py" line="+18"/>
        <source>{path} is not a Word document (.docx).</source>
        <translation>{path} is geen Word-document (.docx).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a readable Word document ({reason}).</source>
        <translation>{path} is geen leesbaar Word-document ({reason}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../fieldnotes/imports/feedback_reader.py" line="+65"/>
        <location filename="../../fieldnotes/imports/refi_archive.py" line="-28"/>
        <source>No such file: {path}</source>
        <translation>Bestand bestaat niet: {path}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{path} is too large to be a member-check document.</source>
        <translation>{path} is te groot voor een samenvatting voor deelnemers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a damaged Word document ({reason}).</source>
        <translation>{path} is een beschadigd Word-document ({reason}).</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/archive_limits.py" line="+52"/>
        <source>{path} is too large to read safely.</source>
        <translation>{path} is te groot om veilig te lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a damaged archive ({reason}).</source>
        <translation>{path} is een beschadigd archief ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fieldnotes/imports/refi_archive.py" line="+2"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a file of the expected kind.</source>
        <translation>{path} is niet het soort bestand dat verwacht werd.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../fieldnotes/imports/refi_reader.py" line="+207"/>
        <source>{part} declares a document type (DTD)</source>
        <translation>{part} bevat een documenttypedefinitie (DTD)</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/feedback_docx.py" line="+104"/>
        <source>--participant {participant} is not a participant in this project.</source>
        <translation>--participant {participant} is geen deelnemer in dit project.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a member-check summary: it has no observations (O-12) with answer boxes.</source>
        <translation>{name} is geen samenvatting voor deelnemers: er staan geen waarnemingen (O-12) met antwoordvakken in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} holds no member-check answers for this project: none of its observations is in this project.</source>
        <translation>{name} bevat geen reacties voor dit project: geen van de waarnemingen erin hoort bij dit project.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/feedback_reader.py" line="+10"/>
        <source>{path} cannot be read as a Word document ({reason}).</source>
        <translation>{path} kan niet als Word-document worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/encryption.py" line="-8"/>
        <source>The new passphrase is empty.</source>
        <translation>De nieuwe wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/cli_protect.py" line="+119"/>
        <location filename="../../fieldnotes/store/encryption.py" line="+12"/>
        <source>{path} is already encrypted.</source>
        <translation>{path} is al versleuteld.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../fieldnotes/store/encryption.py" line="+3"/>
        <source>{path} is not encrypted.</source>
        <translation>{path} is niet versleuteld.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is not encrypted; use encrypt.</source>
        <translation>{path} is niet versleuteld; gebruik encrypt.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/encryption.py" line="+12"/>
        <source>{path} is read-only; it cannot be rewritten.</source>
        <translation>{path} is alleen-lezen; het kan niet worden herschreven.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path} is open in another window or program; close it first.</source>
        <translation>{path} is geopend in een ander venster of programma; sluit het eerst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The rewritten copy of {path} failed its check.</source>
        <translation>De herschreven kopie van {path} kwam niet door de controle.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/failures.py" line="+49"/>
        <location filename="../../fieldnotes/store/file_watch.py" line="+36"/>
        <source>{path} was moved or removed while it was open.</source>
        <translation>{path} is verplaatst of verwijderd terwijl het open was.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is read-only; changes cannot be saved.</source>
        <translation>{path} is alleen-lezen; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is locked by another program; try again in a moment.</source>
        <translation>{path} is vergrendeld door een ander programma; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full; {path} cannot grow.</source>
        <translation>De schijf is vol; {path} kan niet groeien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged ({reason}).</source>
        <translation>{path} is beschadigd ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} could not be read or written: the disk reported an error.</source>
        <translation>{path} kon niet worden gelezen of geschreven: de schijf meldde een fout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work on {path} was interrupted.</source>
        <translation>Het werk aan {path} is onderbroken.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/cli_passphrase.py" line="+36"/>
        <source>{path} is encrypted (or not a fieldnotes project): set {variable} or run this in a terminal to be asked for the passphrase.</source>
        <translation>{path} is versleuteld (of geen fieldnotes-project): zet {variable} of start dit in een terminal om naar de wachtwoordzin te laten vragen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A new passphrase is needed: set {variable} or run this in a terminal.</source>
        <translation>Er is een nieuwe wachtwoordzin nodig: zet {variable} of start dit in een terminal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/recovery.py" line="+183"/>
        <location line="+21"/>
        <source>The recovery file {path} cannot be written: {reason}.</source>
        <translation>Het herstelbestand {path} kan niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/cli_checks.py" line="+18"/>
        <source>{flag} {value} is not a date of the form YYYY-MM-DD.</source>
        <translation>{flag} {value} is geen datum in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/search_bounds.py" line="+41"/>
        <source>The search has {count} words; at most {limit} can be searched at once.</source>
        <translation>De zoekopdracht heeft {count} woorden; er kunnen er hoogstens {limit} tegelijk worden gezocht.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The search took longer than {seconds} seconds and was stopped; try fewer or more specific words.</source>
        <translation>Het zoeken duurde langer dan {seconds} seconden en is gestopt; probeer minder of preciezere woorden.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/cli_exchange.py" line="+203"/>
        <source>{path} is encrypted with another passphrase: set {variable} or run this in a terminal to be asked for it.</source>
        <translation>{path} is versleuteld met een ander wachtwoord: zet {variable} of voer dit uit in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/export/refi_options.py" line="+38"/>
        <source>Cannot write {path}: it is the project file itself.</source>
        <translation>Kan {path} niet schrijven: dat is het projectbestand zelf.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/refi_archive.py" line="-1"/>
        <source>{path} is not a REFI-QDA project: {reason}.</source>
        <translation>{path} is geen REFI-QDA-project: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a complete REFI-QDA project: {part} is missing from the archive.</source>
        <translation>{path} is geen volledig REFI-QDA-project: {part} ontbreekt in het archief.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is too large to read safely as a REFI-QDA project.</source>
        <translation>{path} is te groot om veilig als REFI-QDA-project te lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a damaged REFI-QDA project ({reason}).</source>
        <translation>{path} is een beschadigd REFI-QDA-project ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable REFI-QDA project ({reason}).</source>
        <translation>{path} is geen leesbaar REFI-QDA-project ({reason}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>there is no project.qde inside</source>
        <translation>er zit geen project.qde in</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>it is not a zip archive (.qdpx)</source>
        <translation>het is geen zip-archief (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/refi_codebook.py" line="+35"/>
        <source>{path} is not a REFI-QDA codebook: {reason}.</source>
        <translation>{path} is geen REFI-QDA-codeboek: {reason}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it is a zip archive (a .qdpx project?), not codebook XML</source>
        <translation>het is een zip-archief (een .qdpx-project?), geen codeboek-XML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is too large to be a codebook.</source>
        <translation>{path} is te groot voor een codeboek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>it declares a document type (DTD)</source>
        <translation>het declareert een documenttype (DTD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not well-formed XML ({detail})</source>
        <translation>het is geen geldige XML ({detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it holds no CodeBook</source>
        <translation>er zit geen CodeBook in</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/imports/refi_reader.py" line="-157"/>
        <source>{path} is not a readable REFI-QDA project: {part} is not well-formed XML ({reason}).</source>
        <translation>{path} is geen leesbaar REFI-QDA-project: {part} is geen geldige XML ({reason}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>its {part} holds a {root}, not a Project</source>
        <translation>{part} bevat een {root}, geen Project</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/sync/merge.py" line="+52"/>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>Samenvoegen geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{path} is read-only; a merge needs to write to it.</source>
        <translation>{path} is alleen-lezen; samenvoegen moet erin kunnen schrijven.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/sync/other.py" line="-26"/>
        <source>{path} is damaged: {finding}.</source>
        <translation>{path} is beschadigd: {finding}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{path} is the same file as this project; choose the other copy to merge in.</source>
        <translation>{path} is hetzelfde bestand als dit project; kies de andere kopie om samen te voegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is encrypted; merging it needs its passphrase.</source>
        <translation>{path} is versleuteld; voor samenvoegen is het wachtwoord nodig.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/store/sync/resolve.py" line="+92"/>
        <source>This item was deleted after the merge, so the other version has no place to go back to. Keep this one, or add it again by hand.</source>
        <translation>Dit onderdeel is na het samenvoegen verwijderd, dus de andere versie kan nergens terug. Houd deze, of voeg het opnieuw met de hand toe.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/ui/charts/saving.py" line="-124"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/ui/welcome/new_study.py" line="-45"/>
        <source>Give the study a title.</source>
        <translation>Geef de studie een titel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} already exists: choose another name or folder for the study.</source>
        <translation>{path} bestaat al: kies een andere naam of map voor de studie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the study in {folder}: it is not a folder.</source>
        <translation>Kan de studie niet maken in {folder}: dat is geen map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the study in {folder}: this folder cannot be written.</source>
        <translation>Kan de studie niet maken in {folder}: in deze map kan niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/cli.py" line="+319"/>
        <source>search needs a QUERY (&quot;&quot; for everything).</source>
        <translation>search heeft een QUERY nodig (&quot;&quot; voor alles).</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/cli_db.py" line="+82"/>
        <source>--db names two different projects, {first} and {other}; give one.</source>
        <translation>--db noemt twee verschillende projecten, {first} en {other}; geef er één.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} is neither a command nor an existing project file ({commands}).</source>
        <translation>{name} is geen opdracht en geen bestaand projectbestand ({commands}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a folder, not a project file.</source>
        <translation>{name} is een map, geen projectbestand.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/cli_names.py" line="+56"/>
        <source>{option} {name} matches {count} {kind}: {candidates}; {give}</source>
        <translation>{option} {name} past bij {count} {kind}: {candidates}; {give}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{option} {name} is no participant&apos;s pseudonym or id; pseudonyms: {known}.</source>
        <translation>{option} {name} is geen pseudoniem of id van een deelnemer; pseudoniemen: {known}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{option} {name} is not a meeting in this project; by title and date: {known}.</source>
        <translation>{option} {name} is geen bijeenkomst in dit project; op titel en datum: {known}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{option} {name}: the CAC has items 1 to {count}.</source>
        <translation>{option} {name}: de CAC heeft items 1 tot en met {count}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{option} {name} is neither a CAC code nor a theme in this project (CAC: &quot;{prefix} 14&quot;, &quot;{short}&quot;); themes: {known}.</source>
        <translation>{option} {name} is geen CAC-code en geen thema in dit project (CAC: &quot;{prefix} 14&quot;, &quot;{short}&quot;); thema&apos;s: {known}.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/timeline_models.py" line="-104"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Bijzonderheid</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/controller.py" line="+77"/>
        <source>Export codebook</source>
        <translation>Codeboek exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-codeboeken (*.qdc)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Exported {count} codes to {path}.</source>
        <translation>{count} codes geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the codebook…</source>
        <translation>Het codeboek wordt geschreven…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projecten (*.qdpx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA-project importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import codebook</source>
        <translation>Codeboek importeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing {name}…</source>
        <translation>{name} wordt geïmporteerd…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge project</source>
        <translation>Project samenvoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fieldnotes projects (*.fieldnotes)</source>
        <translation>fieldnotes-projecten (*.fieldnotes)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/export_notice.py" line="+36"/>
        <source>Export finished</source>
        <translation>Export klaar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {folder}</source>
        <translation>in {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Tonen in &amp;map</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
</context>
<context>
    <name>FeedbackCommands</name>
    <message>
        <location filename="../../fieldnotes/ui/commands/feedback.py" line="+18"/>
        <source>Import feedback from {name}</source>
        <translation>Reacties uit {name} inlezen</translation>
    </message>
</context>
<context>
    <name>FeedbackSummaryText</name>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n answer(s) added.</source>
        <translation>
            <numerusform>%n reactie toegevoegd.</numerusform>
            <numerusform>%n reacties toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree: {agree} · partly: {partly} · disagree: {disagree}</source>
        <translation>Eens: {agree} · deels eens: {partly} · oneens: {disagree}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n comment(s).</source>
        <translation>
            <numerusform>%n opmerking.</numerusform>
            <numerusform>%n opmerkingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n verdict(s) kept as written, for you to classify.</source>
        <translation>
            <numerusform>%n oordeel letterlijk bewaard; deel het zelf in.</numerusform>
            <numerusform>%n oordelen letterlijk bewaard; deel ze zelf in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n answer(s) were already in the project.</source>
        <translation>
            <numerusform>%n reactie stond al in het project.</numerusform>
            <numerusform>%n reacties stonden al in het project.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No observation in this project for: {references}</source>
        <translation>Geen waarneming in dit project voor: {references}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n Word comment(s) outside any observation were not imported.</source>
        <translation>
            <numerusform>%n Word-opmerking buiten een waarneming is niet ingelezen.</numerusform>
            <numerusform>%n Word-opmerkingen buiten een waarneming zijn niet ingelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n answer(s) name no observation and were not imported; they read:</source>
        <translation>
            <numerusform>%n antwoord noemt geen waarneming en is niet ingelezen; er staat:</numerusform>
            <numerusform>%n antwoorden noemen geen waarneming en zijn niet ingelezen; er staat:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../fieldnotes/ui/labels.py" line="+23"/>
        <source>team meeting</source>
        <translation>teamoverleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focus group</source>
        <translation>focusgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation</source>
        <translation>observatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walk-along</source>
        <translation>meelopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflection session</source>
        <translation>reflectiebijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>board meeting</source>
        <translation>bestuursvergadering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coproducer</source>
        <translation>co-producent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service user</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>researcher</source>
        <translation>onderzoeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>in afwachting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agree</source>
        <translation>eens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>deels eens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disagree</source>
        <translation>oneens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top-down</source>
        <translation>vooraf bepaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergent</source>
        <translation>opkomend</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>to classify: “{text}”</source>
        <translation>nog in te delen: “{text}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment</source>
        <translation>opmerking</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../fieldnotes/ui/i18n.py" line="+35"/>
        <source>Dutch (Nederlands)</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English (Engels)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldnotes/ui/main_window.py" line="+117"/>
        <location line="+61"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+69"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No meeting yet. Press Ctrl+Shift+N to create one.</source>
        <translation>Nog geen bijeenkomst. Druk op Ctrl+Shift+N om er een te maken.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n observation(s) in this meeting</source>
        <translation>
            <numerusform>%n waarneming in deze bijeenkomst</numerusform>
            <numerusform>%n waarnemingen in deze bijeenkomst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldnotes/ui/meetings_controller.py" line="+62"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” and its {count} observations? You can undo this with Ctrl+Z.</source>
        <translation>“{title}” en de {count} bijbehorende waarnemingen verwijderen? Ongedaan maken kan met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/ui/member_check/controller.py" line="+24"/>
        <source>Import member-check feedback</source>
        <translation>Reacties van deelnemers importeren</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not said)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who returned it?</source>
        <translation>Wie heeft het teruggestuurd?</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/ui/main_window.py" line="+54"/>
        <source>Saved {time}</source>
        <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} — example study, not your notes — fieldnotes</source>
        <translation>{title} — voorbeeldstudie, niet uw aantekeningen — fieldnotes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — fieldnotes</source>
        <translation>{title} — fieldnotes</translation>
    </message>
    <message>
        <location filename="../../fieldnotes/ui/study_dialogs.py" line="+55"/>
        <source>About fieldnotes</source>
        <translation>Over fieldnotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fieldnotes {version}
Field notes for participatory action research.

Project file: {path}</source>
        <translation>fieldnotes {version}
Veldnotities voor participatief actieonderzoek.

Projectbestand: {path}</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/codebook/matrix.py" line="+103"/>
        <source>Codes by meeting</source>
        <translation>Codes per bijeenkomst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observations per code and meeting</source>
        <translation>Waarnemingen per code en bijeenkomst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Observations per code (with its sub-codes) and meeting. Click a cell to see them.</source>
        <translation>Waarnemingen per code (inclusief subcodes) en bijeenkomst. Klik op een cel om ze te bekijken.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/meeting_dialog.py" line="+46"/>
        <source>Team meeting</source>
        <translation>Teamoverleg</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;ends at</source>
        <translation>&amp;eindigt om</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;participant…</source>
        <translation>Nieuwe d&amp;eelnemer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendees:</source>
        <translation>&amp;Aanwezigen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The meeting ends ({end}) before or when it starts ({start}).</source>
        <translation>De bijeenkomst eindigt ({end}) vóór of op het moment dat ze begint ({start}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Untitled meeting</source>
        <translation>Naamloze bijeenkomst</translation>
    </message>
</context>
<context>
    <name>MemberCheckDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/member_check/export_dialog.py" line="+51"/>
        <location line="+114"/>
        <source>Export member-check summary</source>
        <translation>Samenvatting voor deelnemers exporteren</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>each meeting in its own order</source>
        <translation>per bijeenkomst, in de eigen volgorde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by meeting, then CAC dimension and theme</source>
        <translation>per bijeenkomst, dan CAC-dimensie en thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by theme across meetings</source>
        <translation>per thema, over de bijeenkomsten heen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>translation and original</source>
        <translation>vertaling en oorspronkelijke tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation only</source>
        <translation>alleen vertaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original only</source>
        <translation>alleen oorspronkelijke tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAC scores (latest round)</source>
        <translation>CAC-scores (laatste ronde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>codebook</source>
        <translation>codeboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the tags mean</source>
        <translation>wat de tags betekenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;agreements</source>
        <translation>&amp;Afspraken opnemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A table of the agreements and actions among the chosen observations: who does it, by when, and how it stands</source>
        <translation>Een tabel van de afspraken en acties bij de gekozen waarnemingen: wie het doet, wanneer het klaar moet zijn en hoe het staat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grouping:</source>
        <translation>&amp;Groepering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes:</source>
        <translation>&amp;Citaten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendices:</source>
        <translation>Bijlagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructies:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Real names found and replaced by pseudonyms:</source>
        <translation>Echte namen gevonden en vervangen door pseudoniemen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quoted without recorded consent: {names}</source>
        <translation>Geciteerd zonder vastgelegde toestemming: {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the file?</source>
        <translation>Het bestand schrijven?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the summary…</source>
        <translation>Samenvatting wordt geschreven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>A member-check summary of %n observation(s).</source>
        <translation>
            <numerusform>Een samenvatting voor de member check van %n waarneming.</numerusform>
            <numerusform>Een samenvatting voor de member check van %n waarnemingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/merge_dialog.py" line="+45"/>
        <source>Merge project</source>
        <translation>Project samenvoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading {name}…</source>
        <translation>{name} wordt gelezen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Where both copies changed the same item, this project&apos;s version stays and the other is kept beside it, to compare and choose later (Edit › Review merge conflicts). Nothing is lost, a backup is made first, and Undo takes the whole merge back.</source>
        <translation>Waar beide kopieën hetzelfde onderdeel veranderden, blijft de versie van dit project staan en wordt de andere ernaast bewaard, om later te vergelijken en te kiezen (Bewerken › Samenvoegconflicten bekijken). Er gaat niets verloren, eerst wordt een back-up gemaakt, en Ongedaan maken draait het hele samenvoegen terug.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts:</source>
        <translation>Conflicten:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparing the two projects…</source>
        <translation>De twee projecten worden vergeleken…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Merging…</source>
        <translation>Bezig met samenvoegen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge {name}</source>
        <translation>{name} samenvoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name} into this project would change this:</source>
        <translation>Als u {name} met dit project samenvoegt, verandert dit:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflicts.</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {deleted} verwijderd, {unchanged} ongewijzigd, {conflicts} conflicten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Verkeerd wachtwoord. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>MergeKinds</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/merge_models.py" line="-107"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memos</source>
        <translation>Memo&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAC rounds</source>
        <translation>CAC-rondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changed in both copies</source>
        <translation>in beide kopieën veranderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted here, changed in the other copy</source>
        <translation>hier verwijderd, in de andere kopie veranderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed here, deleted in the other copy</source>
        <translation>hier veranderd, in de andere kopie verwijderd</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/passphrase_dialog.py" line="+77"/>
        <source>&amp;Encrypt the project (recommended)</source>
        <translation>Project &amp;versleutelen (aanbevolen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the passphrase nobody can open the project, you included: keep it somewhere safe, such as a password manager.</source>
        <translation>Zonder de wachtwoordzin kan niemand het project openen, ook u niet: bewaar hem op een veilige plek, bijvoorbeeld in een wachtwoordbeheerder.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Use at least %n characters; a few words are easy to remember.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken; een paar woorden zijn makkelijk te onthouden.</numerusform>
            <numerusform>Gebruik minstens %n tekens; een paar woorden zijn makkelijk te onthouden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/cac/dialog.py" line="-239"/>
        <source>New CAC round</source>
        <translation>Nieuwe CAC-ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
</context>
<context>
    <name>NewStudyDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/welcome/new_study_dialog.py" line="+69"/>
        <source>Start a new study</source>
        <translation>Een nieuwe studie beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A study is one project file with all its meetings, observations, people and codes. You can change all of this later, except where the file is.</source>
        <translation>Een studie is één projectbestand met al haar bijeenkomsten, waarnemingen, mensen en codes. U kunt dit later allemaal wijzigen, behalve waar het bestand staat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Neighbourhood care team 2025</source>
        <translation>bijv. Buurtzorgteam 2025</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Anna de Vries</source>
        <translation>bijv. Anna de Vries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks what you write when colleagues&apos; copies are merged. You are not listed as a participant.</source>
        <translation>Markeert wat u schrijft wanneer kopieën van collega&apos;s worden samengevoegd. U wordt niet als deelnemer vermeld.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language of fieldnotes itself and of the summaries participants read.</source>
        <translation>De taal van fieldnotes zelf en van de samenvattingen die deelnemers lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the summaries participants read. The language of fieldnotes itself is set in Preferences.</source>
        <translation>De taal van de samenvattingen die deelnemers lezen. De taal van fieldnotes zelf stelt u in bij Voorkeuren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Protect with a passphrase (recommended)</source>
        <translation>&amp;Beveiligen met een wachtwoordzin (aanbevolen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes about participants are sensitive: with a passphrase nobody can read the file without it, not even from a lost laptop. Without the passphrase you cannot open it either, so keep it safe, e.g. in a password manager.</source>
        <translation>Aantekeningen over deelnemers zijn gevoelig: met een wachtwoordzin kan niemand het bestand zonder die zin lezen, ook niet van een verloren laptop. Zonder de wachtwoordzin kunt u het zelf ook niet openen; bewaar hem dus goed, bijvoorbeeld in een wachtwoordbeheerder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the study is saved</source>
        <translation>Waar de studie wordt opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Study &amp;title:</source>
        <translation>&amp;Titel van de studie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name as researcher:</source>
        <translation>&amp;Uw naam als onderzoeker:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Wa&amp;chtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;in:</source>
        <translation>Opslaan &amp;in:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create study</source>
        <translation>Studie &amp;maken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where to save the study</source>
        <translation>Waar de studie op te slaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fieldnotes projects (*.fieldnotes)</source>
        <translation>fieldnotes-projecten (*.fieldnotes)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Use at least %n characters for the passphrase; a few words are easy to remember.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken voor de wachtwoordzin; een paar woorden zijn makkelijk te onthouden.</numerusform>
            <numerusform>Gebruik minstens %n tekens voor de wachtwoordzin; een paar woorden zijn makkelijk te onthouden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>ObservationCommands</name>
    <message>
        <location filename="../../fieldnotes/ui/commands/observations.py" line="+26"/>
        <source>New observation</source>
        <translation>Nieuwe waarneming</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete observation</source>
        <translation>Waarneming verwijderen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move observation</source>
        <translation>Waarneming verplaatsen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Typing</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change time</source>
        <translation>Tijd wijzigen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add quote</source>
        <translation>Citaat toevoegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete quote</source>
        <translation>Citaat verwijderen</translation>
    </message>
</context>
<context>
    <name>ObservationDelegate</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/observation_delegate.py" line="+54"/>
        <source>unknown speaker</source>
        <translation>onbekende spreker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a participant</source>
        <translation>een deelnemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member check</source>
        <translation>Reacties van deelnemers</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/observation_editor.py" line="+49"/>
        <location line="+62"/>
        <source>No observation selected. Press Ctrl+N to start one.</source>
        <translation>Geen waarneming geselecteerd. Druk op Ctrl+N om er een te beginnen.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Observation time</source>
        <translation>Tijd van waarneming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observation text</source>
        <translation>Tekst van waarneming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what happens…  Ctrl+Return: next observation</source>
        <translation>Typ wat er gebeurt…  Ctrl+Return: volgende waarneming</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member-check feedback</source>
        <translation>Reacties van deelnemers</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Observation</source>
        <translation>Waarneming</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>a participant</source>
        <translation>een deelnemer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member check</source>
        <translation>Reacties van deelnemers</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <location filename="../../fieldnotes/ui/open_actions.py" line="+73"/>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no due date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} (overdue)</source>
        <translation>{date} (te laat)</translation>
    </message>
</context>
<context>
    <name>OpenActionsPanel</name>
    <message>
        <location line="+40"/>
        <source>Open actions from earlier meetings</source>
        <translation>Open acties uit eerdere bijeenkomsten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark done (Alt+D)</source>
        <translation>Gedaan (Alt+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+D: the selected action was done (dated today)</source>
        <translation>Alt+D: de gekozen actie is gedaan (met de datum van vandaag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark dropped (Alt+X)</source>
        <translation>Vervallen (Alt+X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+X: the selected action was dropped</source>
        <translation>Alt+X: de gekozen actie is vervallen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Open actions from earlier meetings&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Open acties uit eerdere bijeenkomsten&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Action done</source>
        <translation>Actie gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action dropped</source>
        <translation>Actie vervallen</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/participant_dialog.py" line="+30"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Coproducer A</source>
        <translation>bijv. Co-producent A</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>🔒 Private: stays in the project file; never appears in Word summaries or other exports made for sharing.</source>
        <translation>🔒 Privé: blijft in het projectbestand; komt nooit in Word-samenvattingen of andere exports die bedoeld zijn om te delen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudoniem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation / sector:</source>
        <translation>&amp;Organisatie / sector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real &amp;name:</source>
        <translation>Echte &amp;naam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consent:</source>
        <translation>&amp;Toestemming:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent &amp;date:</source>
        <translation>&amp;Datum toestemming:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent note:</source>
        <translation>Notitie bij toestemming:</translation>
    </message>
</context>
<context>
    <name>ParticipantModels</name>
    <message>
        <location filename="../../fieldnotes/ui/models/participants.py" line="+51"/>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation / sector</source>
        <translation>Organisatie / sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real name (private)</source>
        <translation>Echte naam (privé)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Private: kept in the project file, never in anything made for sharing.</source>
        <translation>Privé: blijft in het projectbestand, komt nooit in iets wat bedoeld is om te delen.</translation>
    </message>
</context>
<context>
    <name>ParticipantsManager</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/participants_manager.py" line="+29"/>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name}? Their quotes stay, with an unknown speaker. You can undo this with Ctrl+Z.</source>
        <translation>{name} verwijderen? De citaten blijven bewaard, met een onbekende spreker. Ongedaan maken kan met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/passphrase_dialog.py" line="-104"/>
        <source>Encrypted project</source>
        <translation>Versleuteld project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} is versleuteld. Vul de wachtwoordzin in om het te openen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/preferences_dialog.py" line="+36"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As the system: {language}</source>
        <translation>Zoals het systeem: {language}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As the interface: {language}</source>
        <translation>Zoals de interface: {language}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A new interface language is used from the next start.</source>
        <translation>Een gewijzigde taal van de interface wordt gebruikt vanaf de volgende start.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of member-check summaries for participants. It is saved in the project file, so the whole team uses the same.</source>
        <translation>De taal van samenvattingen voor deelnemers. Deze wordt in het projectbestand opgeslagen, zodat het hele team dezelfde taal gebruikt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Anna de Vries</source>
        <translation>bijv. Anna de Vries</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marks what you write, so that material merged from colleagues&apos; copies shows who wrote it. Saved in this project file; you are not listed as a participant.</source>
        <translation>Markeert wat u schrijft, zodat bij materiaal uit de kopieën van collega&apos;s te zien is wie het schreef. Opgeslagen in dit projectbestand; u staat niet bij de deelnemers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document language of this study:</source>
        <translation>Taal van &amp;documenten in dit onderzoek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Your name as researcher:</source>
        <translation>&amp;Uw naam als onderzoeker:</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <location filename="../../fieldnotes/ui/commands/project_items.py" line="+17"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit participant</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <location filename="../../fieldnotes/ui/protection/opener.py" line="+66"/>
        <source>{name} is damaged: {finding}</source>
        <translation>{name} is beschadigd: {finding}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no good backup of it. The file was left as it is.</source>
        <translation>Er is geen goede reservekopie van. Het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The newest good backup is from {when} ({count} observations). Open it as a new project, {new}? The damaged file is left as it is.</source>
        <translation>De nieuwste goede reservekopie is van {when} ({count} observaties). Openen als nieuw project, {new}? Het beschadigde bestand blijft zoals het is.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} (restored {time})</source>
        <translation>{name} (teruggezet {time})</translation>
    </message>
</context>
<context>
    <name>ProjectProtection</name>
    <message>
        <location filename="../../fieldnotes/ui/protection/actions.py" line="+49"/>
        <source>Encrypt project</source>
        <translation>Project versleutelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt {name} so that nobody can read it without the passphrase. Its backups are encrypted too.</source>
        <translation>Versleutel {name}, zodat niemand het kan lezen zonder de wachtwoordzin. De reservekopieën worden ook versleuteld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project is now encrypted.</source>
        <translation>Het project is nu versleuteld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>That is not the current passphrase.</source>
        <translation>Dat is niet de huidige wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the new passphrase for {name}.</source>
        <translation>Kies de nieuwe wachtwoordzin voor {name}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase has been changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name} (backup {time}).fieldnotes</source>
        <translation>{name} (reservekopie {time}).fieldnotes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open backup as new project</source>
        <translation>Reservekopie openen als nieuw project</translation>
    </message>
</context>
<context>
    <name>QdpxExportDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/export_dialogs.py" line="+37"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-project exporteren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For QualCoder, ATLAS.ti, MAXQDA and NVivo: each meeting becomes a text source, each observation a coded passage, the CAC and your themes a code tree. Participants appear under their pseudonyms only.</source>
        <translation>Voor QualCoder, ATLAS.ti, MAXQDA en NVivo: elke bijeenkomst wordt een tekstbron, elke observatie een gecodeerd fragment, de CAC en uw thema&apos;s een codeboom. Deelnemers staan er alleen onder hun pseudoniem in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projecten (*.qdpx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the REFI-QDA project…</source>
        <translation>Het REFI-QDA-project wordt geschreven…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exported {meetings} meetings with {observations} observations, {codes} codes, {notes} memos and {cases} participants to {path}.</source>
        <translation>{meetings} bijeenkomsten met {observations} observaties, {codes} codes, {notes} memo&apos;s en {cases} deelnemers geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Real names replaced by pseudonyms: {count}.</source>
        <translation>Echte namen vervangen door pseudoniemen: {count}.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/quote_dialog.py" line="+34"/>
        <source>Add quote</source>
        <translation>Citaat toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The words as said (or as you report them)</source>
        <translation>De woorden zoals ze gezegd zijn (of zoals ze worden weergegeven)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: the original words, e.g. in Dutch</source>
        <translation>Optioneel: de oorspronkelijke woorden, bijv. in het Nederlands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. nl</source>
        <translation>bijv. nl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Spreker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Citaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Original:</source>
        <translation>&amp;Oorspronkelijke tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown speaker</source>
        <translation>Onbekende spreker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New participant…</source>
        <translation>Nieuwe deelnemer…</translation>
    </message>
</context>
<context>
    <name>RecoveredTextModel</name>
    <message>
        <location filename="../../fieldnotes/ui/recovery_dialog.py" line="+82"/>
        <source>a meeting that is no longer there</source>
        <translation>een bijeenkomst die er niet meer is</translation>
    </message>
</context>
<context>
    <name>RecoveryCommands</name>
    <message>
        <location filename="../../fieldnotes/ui/commands/recovery.py" line="+22"/>
        <source>Recover unsaved text</source>
        <translation>Niet-opgeslagen tekst herstellen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recovered text</source>
        <translation>Herstelde tekst</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/recovery_dialog.py" line="+19"/>
        <location line="+91"/>
        <source>Recover unsaved text</source>
        <translation>Niet-opgeslagen tekst herstellen</translation>
    </message>
    <message numerus="yes">
        <location line="-87"/>
        <source>%n text(s) typed earlier could not be saved in this project, and were kept in a recovery file.</source>
        <translation>
            <numerusform>%n eerder getypte tekst kon niet in dit project worden opgeslagen en is bewaard in een herstelbestand.</numerusform>
            <numerusform>%n eerder getypte teksten konden niet in dit project worden opgeslagen en zijn bewaard in een herstelbestand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovered texts</source>
        <translation>Herstelde teksten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen text in full</source>
        <translation>De gekozen tekst in zijn geheel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the texts in the recovery file and ask again next time</source>
        <translation>De teksten in het herstelbestand laten staan en de volgende keer opnieuw vragen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This project is read-only, so the texts cannot go into it. Use File &gt; Save a copy as…: the texts go with the copy and are offered there.</source>
        <translation>Dit project is alleen-lezen, dus de teksten kunnen er niet in. Gebruik Bestand &gt; Kopie opslaan als…: de teksten gaan mee met de kopie en worden daar aangeboden.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Delete these %n text(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Deze %n tekst definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Deze %n teksten definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../fieldnotes/ui/protection/restore_dialog.py" line="+32"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit reservekopie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups of {name}, newest first. The one you choose opens as a new project; this project stays as it is.</source>
        <translation>Reservekopieën van {name}, nieuwste eerst. De kopie die u kiest, opent als nieuw project; dit project blijft zoals het is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of {name} yet.</source>
        <translation>Er zijn nog geen reservekopieën van {name}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open as new project…</source>
        <translation>&amp;Openen als nieuw project…</translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message numerus="yes">
        <location filename="../../fieldnotes/ui/cac/models.py" line="-190"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <location filename="../../fieldnotes/ui/save_copy.py" line="+69"/>
        <source> (copy)</source>
        <translation> (kopie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copying the project…</source>
        <translation>Het project wordt gekopieerd…</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../fieldnotes/ui/cac/models.py" line="+45"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{text}” is not a number; scores run from 0 to 100.</source>
        <translation>“{text}” is geen getal; scores lopen van 0 tot 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is outside 0–100; not changed.</source>
        <translation>{text} valt buiten 0–100; niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score item {n}</source>
        <translation>Score voor item {n}</translation>
    </message>
</context>
<context>
    <name>SearchFilterBox</name>
    <message>
        <location filename="../../fieldnotes/ui/search/filters.py" line="+28"/>
        <source>all of: </source>
        <translation>met al deze tags: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting kind</source>
        <translation>Soort bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker role</source>
        <translation>Rol van spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member-check verdict</source>
        <translation>Oordeel van deelnemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by researcher</source>
        <translation>Geschreven door onderzoeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke or acted</source>
        <translation>Sprak of deed iets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement or action</source>
        <translation>Afspraak of actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>Wie de actie doet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has &amp;quotes</source>
        <translation>met &amp;citaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has &amp;feedback</source>
        <translation>met &amp;reacties</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Codes:</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting:</source>
        <translation>Bijeenkomst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker:</source>
        <translation>Spreker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke or acted:</source>
        <translation>Sprak of deed iets:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>Actie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict:</source>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Researcher:</source>
        <translation>Onderzoeker:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>any action</source>
        <translation>elke actie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../fieldnotes/ui/search/panel.py" line="+46"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: words, &quot;phrases&quot;, prefix*, AND/OR/NOT</source>
        <translation>Zoeken: woorden, &quot;zinsdelen&quot;, voorvoegsel*, AND/OR/NOT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show filters</source>
        <translation>Filters tonen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved searches</source>
        <translation>Opgeslagen zoekopdrachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this search</source>
        <translation>Deze zoekopdracht opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen saved search</source>
        <translation>De gekozen opgeslagen zoekopdracht verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show more</source>
        <translation>Meer tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the best {shown} observations (counting…)</source>
        <translation>de beste {shown} waarnemingen (bezig met tellen…)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n waarneming</numerusform>
            <numerusform>%n waarnemingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} observations, showing the best {shown}</source>
        <translation>{total} waarnemingen, de beste {shown} worden getoond</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved searches…</source>
        <translation>Opgeslagen zoekopdrachten…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save search</source>
        <translation>Zoekopdracht opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
</context>
<context>
    <name>SelectionFields</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/selection_fields.py" line="+24"/>
        <source>Meetings to include (none ticked: all)</source>
        <translation>Bijeenkomsten die meegaan (niets aangevinkt: alle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only observations tagged with all of: </source>
        <translation>alleen observaties met al deze tags: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Meetings:</source>
        <translation>&amp;Bijeenkomsten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes:</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../fieldnotes/ui/dialogs/shortcuts_dialog.py" line="+43"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+12"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/speaker_picker.py" line="+22"/>
        <source>Who spoke or acted</source>
        <translation>Wie sprak of deed iets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendees of this meeting.</source>
        <translation>Aanwezigen bij deze bijeenkomst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting has no attendees listed: all participants are offered.</source>
        <translation>Bij deze bijeenkomst staan geen aanwezigen: alle deelnemers worden getoond.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pseudonym or role</source>
        <translation>Pseudoniem of rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker search</source>
        <translation>Spreker zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter or Space ticks or unticks · several allowed · Esc closes</source>
        <translation>Enter of spatie vinkt aan of uit · meer mogelijk · Esc sluit</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../fieldnotes/ui/widgets/tag_picker.py" line="+23"/>
        <source>Tag observation</source>
        <translation>Waarneming taggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CAC item number, words, or a theme name</source>
        <translation>CAC-itemnummer, woorden of een themanaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag search</source>
        <translation>Tags zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching codes</source>
        <translation>Passende codes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter applies · Esc closes · ✓ already tagged (Enter removes)</source>
        <translation>Enter past toe · Esc sluit · ✓ al getagd (Enter verwijdert)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/timeline_models.py" line="-50"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAC rounds</source>
        <translation>CAC-rondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member checks sent</source>
        <translation>Samenvattingen verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback received</source>
        <translation>Reacties ontvangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions agreed</source>
        <translation>Acties afgesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions closed</source>
        <translation>Acties afgesloten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%n observation(s)</source>
        <translation>%n waarneming(en)</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/timeline_chart.py" line="+57"/>
        <source>Study timeline</source>
        <translation>Tijdlijn van het onderzoek</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The study over time</source>
        <translation>Het onderzoek door de tijd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>meeting</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/timeline_window.py" line="+46"/>
        <source>Study timeline</source>
        <translation>Tijdlijn van het onderzoek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events, oldest first</source>
        <translation>Gebeurtenissen, oudste eerst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Codes to show</source>
        <translation>Codes om te tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observations per code and meeting</source>
        <translation>Waarnemingen per code en bijeenkomst</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Events (Enter on a meeting opens it):</source>
        <translation>&amp;Gebeurtenissen (Enter op een bijeenkomst opent die):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;odes (Space ticks):</source>
        <translation>&amp;Codes (spatie vinkt aan):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code &amp;frequency per meeting:</source>
        <translation>Hoe &amp;vaak per bijeenkomst:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Saves the code frequency strip and its counts.</source>
        <translation>Slaat de strook met codes per bijeenkomst en de aantallen op.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the timeline and its events.</source>
        <translation>Slaat de tijdlijn en de gebeurtenissen op.</translation>
    </message>
</context>
<context>
    <name>VoiceTally</name>
    <message>
        <location filename="../../fieldnotes/ui/voice_tally.py" line="+180"/>
        <source>Who has been heard in this meeting</source>
        <translation>Wie is er gehoord in deze bijeenkomst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Who has been heard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie is er gehoord&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No meeting selected.</source>
        <translation>Geen bijeenkomst gekozen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No attendees listed for this meeting.</source>
        <translation>Bij deze bijeenkomst staan geen aanwezigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every attendee has been heard.</source>
        <translation>Iedereen die er was, is gehoord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet heard ({count} of {total}): {names}</source>
        <translation>Nog niet gehoord ({count} van {total}): {names}</translation>
    </message>
</context>
<context>
    <name>VoiceTallyModel</name>
    <message>
        <location line="-152"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obs.</source>
        <translation>Waarn.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heard</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pseudonym (role in the tooltip)</source>
        <translation>Pseudoniem (rol in de tooltip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations naming them as speaking or acting</source>
        <translation>Waarnemingen waarin zij spraken of iets deden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes they spoke</source>
        <translation>Citaten van hen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their part of all that was heard in this meeting</source>
        <translation>Hun deel van alles wat in deze bijeenkomst gehoord is</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown participant</source>
        <translation>onbekende deelnemer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet heard</source>
        <translation>nog niet gehoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} (not listed as attending)</source>
        <translation>{share} (niet als aanwezig genoteerd)</translation>
    </message>
</context>
<context>
    <name>VoiceWindow</name>
    <message>
        <location filename="../../fieldnotes/ui/analysis/voice_window.py" line="+61"/>
        <source>Who speaks</source>
        <translation>Wie spreekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole study</source>
        <translation>Hele onderzoek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One meeting</source>
        <translation>Eén bijeenkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A period</source>
        <translation>Een periode</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+157"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting:</source>
        <translation>Bijeen&amp;komst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+153"/>
        <source>Heard, by attendee</source>
        <translation>Gehoord, per aanwezige</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+153"/>
        <source>Heard, by role group</source>
        <translation>Gehoord, per rolgroep</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Heard, per meeting</source>
        <translation>Gehoord, per bijeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By &amp;attendee</source>
        <translation>Per &amp;aanwezige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;role group</source>
        <translation>Per &amp;rolgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per meeting &amp;over time</source>
        <translation>Per bijeenkomst in de &amp;tijd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbers</source>
        <translation>Getallen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Observations</source>
        <translation>Waarnemingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee</source>
        <translation>Aanwezige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Role group</source>
        <translation>Rolgroep</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heard per meeting, by role group</source>
        <translation>Gehoord per bijeenkomst, per rolgroep</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silent in this scope: {names}</source>
        <translation>Niet gehoord in dit bereik: {names}</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../fieldnotes/ui/welcome/window.py" line="+26"/>
        <location line="+3"/>
        <source>Welcome to fieldnotes</source>
        <translation>Welkom bij fieldnotes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take notes during meetings, tag them with the Coordinated Action Checklist and your own themes, and give participants a summary to check.</source>
        <translation>Maak aantekeningen tijdens bijeenkomsten, label ze met de Coordinated Action Checklist en uw eigen thema&apos;s, en geef deelnemers een samenvatting om te controleren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your last study is no longer at {path}. If it was moved, open it where it is now.</source>
        <translation>Uw laatste studie staat niet meer op {path}. Is ze verplaatst, open haar dan waar ze nu staat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start a new study</source>
        <translation>Een nieuwe &amp;studie beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own project file for your notes: give it a title, your name and a place to keep it.</source>
        <translation>Uw eigen projectbestand voor uw aantekeningen: geef het een titel, uw naam en een plek om het te bewaren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Explore the example</source>
        <translation>Het &amp;voorbeeld verkennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Connectors, a made-up study with meetings, quotes and CAC rounds to try everything out. It is kept apart from your notes and starts afresh each time you open it.</source>
        <translation>The Connectors, een verzonnen studie met bijeenkomsten, citaten en CAC-rondes om alles uit te proberen. Ze staat los van uw aantekeningen en begint elke keer opnieuw als u haar opent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open a study…</source>
        <translation>Een studie &amp;openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project file you already have, from a colleague or a backup.</source>
        <translation>Een projectbestand dat u al hebt, van een collega of uit een back-up.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../fieldnotes/ui/window_actions.py" line="+80"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;New study…</source>
        <translation>&amp;Nieuwe studie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the &amp;example study</source>
        <translation>De &amp;voorbeeldstudie openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En&amp;crypt project…</source>
        <translation>Project ver&amp;sleutelen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Terugzetten uit reservekopie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport member-check summary…</source>
        <translation>Samenvatting voor deelnemers &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import member-check feedback…</source>
        <translation>Reacties van deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export REFI-QDA &amp;project (.qdpx)…</source>
        <translation>REFI-QDA-&amp;project exporteren (.qdpx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export code&amp;book (.qdc)…</source>
        <translation>Code&amp;boek exporteren (.qdc)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import REFI-QDA pro&amp;ject (.qdpx)…</source>
        <translation>REFI-QDA-pro&amp;ject importeren (.qdpx)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import codeboo&amp;k (.qdc)…</source>
        <translation>Codeboe&amp;k importeren (.qdc)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge a colleague&apos;s project…</source>
        <translation>Project van een collega &amp;samenvoegen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Participants…</source>
        <translation>&amp;Deelnemers…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review merge &amp;conflicts…</source>
        <translation>Samenvoeg&amp;conflicten bekijken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;references…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting</source>
        <translation>Bijeen&amp;komst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit meeting…</source>
        <translation>Bijeenkomst &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete meeting…</source>
        <translation>Bijeenkomst &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Observation</source>
        <translation>Waar&amp;neming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New observation</source>
        <translation>&amp;Nieuwe waarneming</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish and start next</source>
        <translation>&amp;Afronden en volgende beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit &amp;time</source>
        <translation>T&amp;ijd bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Taggen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle CAC &amp;dimension</source>
        <translation>CAC-&amp;dimensie aan/uit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;quote…</source>
        <translation>&amp;Citaat toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who &amp;spoke or acted…</source>
        <translation>&amp;Wie sprak of deed iets…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement or a&amp;ction…</source>
        <translation>Afs&amp;praak of actie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag verplaatsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete observation</source>
        <translation>Waarneming &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Codebook…</source>
        <translation>&amp;Codeboek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes by &amp;meeting…</source>
        <translation>Codes per &amp;bijeenkomst…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAC &amp;rounds…</source>
        <translation>CAC-&amp;rondes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who &amp;speaks…</source>
        <translation>Wie &amp;spreekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions…</source>
        <translation>&amp;Acties…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;timeline…</source>
        <translation>&amp;Tijdlijn van het onderzoek…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code co-&amp;occurrence…</source>
        <translation>Codes die samen &amp;voorkomen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Observations</source>
        <translation>&amp;Waarnemingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation &amp;text</source>
        <translation>&amp;Tekst van waarneming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Codeboek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who has been &amp;heard (tally)</source>
        <translation>Wie is er &amp;gehoord (telling)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;actions from earlier meetings</source>
        <translation>Open &amp;acties uit eerdere bijeenkomsten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About fieldnotes</source>
        <translation>&amp;Over fieldnotes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
</context>
<context>
    <name>WindowBanners</name>
    <message>
        <location filename="../../fieldnotes/ui/window_banners.py" line="+38"/>
        <location line="+2"/>
        <source>Save a copy as…</source>
        <translation>Kopie opslaan als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Deze melding verbergen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start your own study…</source>
        <translation>Uw eigen studie beginnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the example study: made-up people and meetings to try fieldnotes out. It is not your notes, and it starts afresh each time it is opened.</source>
        <translation>Dit is de voorbeeldstudie: verzonnen mensen en bijeenkomsten om fieldnotes uit te proberen. Het zijn niet uw aantekeningen, en ze begint elke keer opnieuw als ze wordt geopend.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This project is read-only: its file or folder cannot be written. You can read, search and export; to make changes, save a copy and work in that.</source>
        <translation>Dit project is alleen-lezen: het bestand of de map kan niet worden beschreven. Lezen, zoeken en exporteren kan; om iets te veranderen: sla een kopie op en werk daarin.</translation>
    </message>
</context>
<context>
    <name>WriteGuard</name>
    <message>
        <location filename="../../fieldnotes/ui/write_guard.py" line="+137"/>
        <source>Some of what you typed could not be saved, nor kept in a recovery file; it will be lost if you close now. Close anyway?</source>
        <translation>Een deel van de getypte tekst kon niet worden opgeslagen, ook niet in een herstelbestand; die gaat verloren bij sluiten. Toch sluiten?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some of what you typed could not be saved yet. It is kept in a recovery file and offered to you when you open this project again. Close now?</source>
        <translation>Een deel van de getypte tekst is nog niet opgeslagen. Het staat in een herstelbestand en wordt aangeboden als dit project weer opengaat. Nu sluiten?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved text</source>
        <translation>Niet-opgeslagen tekst</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+19"/>
        <location line="+7"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your text is only in this window (the recovery file could not be written either): keep the window open.</source>
        <translation>De tekst staat alleen in dit venster (ook het herstelbestand kon niet worden geschreven): laat het venster open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your text is kept safe in a recovery file.</source>
        <translation>De tekst is veilig bewaard in een herstelbestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the project file: another program is writing to it. Saving is tried again every few seconds.</source>
        <translation>Wachten op het projectbestand: een ander programma schrijft erin. Opslaan wordt om de paar seconden opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy to go on working.</source>
        <translation>Sla een kopie op om verder te werken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving is tried again every few seconds.</source>
        <translation>Opslaan wordt om de paar seconden opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../fieldnotes/ui/exchange/progress.py" line="+13"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
