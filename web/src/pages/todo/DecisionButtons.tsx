/**
 * The pair of buttons on a line that waits for a decision (通过 / 退回, 批准 / 驳回, 确认办结 / 退回):
 * each opens the decision dialog, the first with a comment that may be left empty, the second
 * (red) with a reason that must be given.
 */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Decision } from './DecisionDialog';
import { todoNs } from './messages';

/** One side of the pair, by its keys under the line's group of messages. */
export interface Verdict {
  /** The last step of the POST path, also the key of the button's text (and `…Title`). */
  verb: string;
  /** Key of the comment's label. */
  comment: string;
  /** Key of the help under the comment, if any. */
  help?: string;
  /** Key of the message shown once decided. */
  done: string;
}

interface Props {
  decide: (d: Decision) => void;
  /** The group of messages: report, extension or completion. */
  group: string;
  /** The record's path, without the verb. */
  path: string;
  version: number;
  accept: Verdict;
  reject: Verdict;
}

export function DecisionButtons({ decide, group, path, version, accept, reject }: Props) {
  const { t } = useTranslation(todoNs);
  const decision = ({ verb, comment, help, done }: Verdict, refuse: boolean): Decision => ({
    title: t(`${group}.${verb}Title`),
    okText: t(`${group}.${verb}`),
    path: `${path}/${verb}`,
    version,
    commentLabel: t(`${group}.${comment}`),
    commentHelp: help && t(`${group}.${help}`),
    commentRequired: refuse,
    danger: refuse || undefined,
    done: t(`${group}.${done}`),
  });
  return (
    <>
      <Button type="primary" onClick={() => decide(decision(accept, false))}>
        {t(`${group}.${accept.verb}`)}
      </Button>
      <Button danger onClick={() => decide(decision(reject, true))}>
        {t(`${group}.${reject.verb}`)}
      </Button>
    </>
  );
}
