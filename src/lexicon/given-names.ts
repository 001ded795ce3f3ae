/**
 * Short forms of English given names, as data: `Sue Smith` and `Susan Smith` are one person. Keys are
 * the short forms; values the full names they stand for. Extend freely; matching is lower-case.
 */
export const SHORT_GIVEN_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['sue', ['susan', 'susanne', 'suzanne']], ['rob', ['robert']], ['bob', ['robert']], ['bobby', ['robert']],
  ['robbie', ['robert']], ['bill', ['william']], ['will', ['william']], ['billy', ['william']], ['liam', ['william']],
  ['jim', ['james']], ['jimmy', ['james']], ['jamie', ['james']], ['mike', ['michael']], ['mick', ['michael']],
  ['dave', ['david']], ['davy', ['david']], ['tony', ['anthony', 'antony']], ['chris', ['christopher', 'christine', 'christina']],
  ['kate', ['katherine', 'catherine', 'kathryn']], ['katie', ['katherine', 'catherine']], ['cathy', ['catherine']],
  ['liz', ['elizabeth']], ['beth', ['elizabeth', 'bethany']], ['betty', ['elizabeth']], ['libby', ['elizabeth']],
  ['tom', ['thomas']], ['tommy', ['thomas']], ['dan', ['daniel']], ['danny', ['daniel']], ['matt', ['matthew']],
  ['nick', ['nicholas']], ['andy', ['andrew']], ['drew', ['andrew']], ['steve', ['stephen', 'steven']],
  ['pete', ['peter']], ['ben', ['benjamin']], ['sam', ['samuel', 'samantha']], ['alex', ['alexander', 'alexandra']],
  ['ed', ['edward', 'edmund']], ['ted', ['edward']], ['eddie', ['edward']], ['joe', ['joseph']], ['jo', ['joanne', 'joanna']],
  ['jon', ['jonathan']], ['jen', ['jennifer']], ['jenny', ['jennifer']], ['pat', ['patrick', 'patricia']],
  ['rich', ['richard']], ['rick', ['richard']], ['dick', ['richard']], ['greg', ['gregory']], ['jeff', ['jeffrey']],
  ['ken', ['kenneth']], ['ron', ['ronald']], ['ronnie', ['ronald']], ['don', ['donald']], ['vicky', ['victoria']],
  ['val', ['valerie']], ['di', ['diana', 'diane']], ['meg', ['margaret']], ['maggie', ['margaret']], ['peggy', ['margaret']],
  ['annie', ['anne', 'ann']], ['fred', ['frederick']], ['harry', ['henry', 'harold']], ['jack', ['john']], ['johnny', ['john']],
  ['nat', ['nathan', 'natalie']], ['tim', ['timothy']], ['phil', ['philip', 'phillip']], ['gerry', ['gerald', 'gerard']],
  ['larry', ['lawrence', 'laurence']], ['len', ['leonard']], ['les', ['leslie']], ['charlie', ['charles']], ['chuck', ['charles']],
]);
