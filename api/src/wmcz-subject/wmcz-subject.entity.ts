import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { WmczRight } from '@pm/domain';

/**
 * One row of the Wmcz 2018 subject catalogue. Seeded by the migration from WMCZ_CATALOGUE and edited
 * by the administrator afterwards (the law has been amended before); `code` and `right` never change,
 * because registered requests were checked against them.
 */
@Entity('wmcz_subject')
@Unique('wmcz_subject_code_key', ['code'])
@Check('wmcz_subject_wmcz_right_check', `wmcz_right IN ('ADVICE', 'CONSENT', 'NOMINATION', 'UNSOLICITED')`)
@Check('wmcz_subject_code_check', `code ~ '^[A-Z0-9_]{1,40}$'`)
@Check(
  'wmcz_subject_texts_check',
  `length(btrim(article_ref)) BETWEEN 1 AND 200 AND length(btrim(title_nl)) BETWEEN 1 AND 200 AND length(btrim(title_en)) BETWEEN 1 AND 200 AND length(explanation_nl) <= 2000 AND length(explanation_en) <= 2000`,
)
export class WmczSubjectEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'wmcz_subject_pkey' })
  id: number;

  @Column('text')
  code: string;

  /** Order in the catalogue (the order of the articles), for lists. */
  @Column('int')
  position: number;

  @Column('text')
  articleRef: string;

  // "right" is an SQL keyword, hence the prefixed column name.
  @Column('text', { name: 'wmcz_right' })
  right: WmczRight;

  @Column('text')
  titleNl: string;

  @Column('text')
  titleEn: string;

  @Column('text')
  explanationNl: string;

  @Column('text')
  explanationEn: string;

  /** Applies only to providers offering residential care (art. 7 lid 1 h–i, art. 8 lid 1 c 3°–6°). */
  @Column('boolean')
  residentialOnly: boolean;

  /** Inactive subjects stay on old requests but cannot be chosen for new ones. */
  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
