import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { HOW_CALCULATED, type HowCalculatedTopic, type ProgressResult } from '@pm/domain';

@ObjectType('Progress', {
  description:
    'Een voortgangscijfer met "hoe berekend": de waarde (null als er niets is om op te baseren, nooit 0), ' +
    'op hoeveel onderdelen het rust en de uitleg van de regel.',
})
export class ProgressType {
  @Field(() => Float, { nullable: true, description: 'Procent 0–100, of null zonder gegevens.' })
  value: number | null;

  @Field(() => Int, { description: 'Aantal onderdelen dat meetelde.' })
  basedOn: number;

  @Field({ description: 'De regel: indicator, action, parentAction, goal of pillar.' })
  rule: string;

  @Field({ description: 'Hoe berekend, in het Nederlands.' })
  explanation: string;

  @Field({ description: 'How it is calculated, in English.' })
  explanationEn: string;

  static of(
    result: ProgressResult,
    rule: HowCalculatedTopic,
    extra?: { nl: string; en: string },
  ): ProgressType {
    const text = HOW_CALCULATED[rule];
    return Object.assign(new ProgressType(), {
      value: result.value,
      basedOn: result.basedOn,
      rule,
      explanation: extra ? `${text.nl} ${extra.nl}` : text.nl,
      explanationEn: extra ? `${text.en} ${extra.en}` : text.en,
    });
  }
}
