/**
 * Common first names in four languages, lower case and without accents: the list `pii.email-address` reads a
 * first-name mailbox by (contracts/rulebooks/marketing-default-1.2.0.json), with the last line's names added. A capitalised word opening a
 * sentence is a customer's name only if it is one of these, or a person word (customer, Kundin) stands before it.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    'aaron abby abigail adam adele adrian agathe aidan alain alan albert alberto alejandro alex',
    'alexander alexandra alfie alfonso alice alicia alison alvaro amanda amandine amelia amy ana andrea',
    'andreas andres andrew andy angela anja anke anna anne annie anthony antoine antonia antonio archie',
    'arthur ashley aurelie baptiste barbara beatriz ben benjamin benoit bernard beth bethany birgit bob',
    'brandon brian brigitte brooke callum cameron camille carl carla carlos carmen caroline catalina',
    'catherine cecile celine chantal charles charlie charlotte chloe chris christian christina christine',
    'christophe christopher claire claude claudia clement colin connor corinne craig cristina damien',
    'dani daniel danielle dave david dean debbie delphine denis derek diana didier diego dieter dirk',
    'dominic dominique donna dylan edward eleanor elena elizabeth elke ella ellie elodie emilie emily',
    'emma emmanuel enrique eric erin esther ethan etienne eva evan fabien fabrice fernando finn fiona',
    'florian francisco francois francoise franziska freddie frederic gabriel gary gavin gemma genevieve',
    'george georgia gerhard gilles gonzalo graham guillaume guillermo hannah hans harriet harry heather',
    'heike helen helene helmut henry herve hugo ian ignacio ines ingrid irene isaac isabel isabella',
    'isabelle isla jack jacob jacques james jamie jana jane janet jason javier jean jeanne jennifer',
    'jenny jens jeremy jerome jessica jesus jim jimmy joachim joanne joe joel john jonas jonathan jordan',
    'jorg jorge jose josefa joseph josh joshua juan juana julia julian julie julien jurgen justin jutta',
    'karen karin kate katharina katie kayla keith kelly kevin kim kirsty klaus laetitia lars laura',
    'lauren laurent lea leah lena leo liam lily linda lisa logan lorena louis louise lucas lucia lucie',
    'lucy luis lukas luke manfred manuel marc marcos maria mariano marie marina marine markus marta',
    'martin martina mary mateo mathieu matt matthew matthias maxime maximilian megan melissa michael',
    'michaela michel michelle miguel mike mireille molly monica monika naomi natalia natalie nathalie',
    'nathan neil nerea nicola nicolas nicole nina noah nuria oliver olivia olivier oscar owen pablo paco',
    'paloma pascal patrice patrick paul pedro peter petra philip philippe pierre pilar quentin rachel',
    'ralf raquel raul rebecca remi ricardo richard rob robert roberto robin rocio ruben ryan sabine sam',
    'samantha samuel sandra santiago sara sarah scott sean sebastian sebastien sergio severine shannon',
    'sharon silvia simon sofia sophie stefan stefanie stephane stephen steve steven stuart susan susanne',
    'sylvie teresa thierry thomas thorsten tim tobias tom tony tyler uli ulrike ursula uwe valentina',
    'valerie veronica vicente vincent virginie william wolfgang yann yves zoe mark marco priya dana',
    'aisha fatima mohammed muhammad ali omar sven mia nadia luca giulia chiara matteo ahmed amir hassan',
    'zara jade kai max raj leila yusuf',
  ]
    .join(' ')
    .split(' '),
);
