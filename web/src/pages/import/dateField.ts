/** DatePicker ↔ 'YYYY-MM-DD' for antd Form.Item (the API speaks ISO dates). */
import dayjs, { type Dayjs } from 'dayjs';

export const isoDateProps = {
  getValueProps: (value: unknown) => ({
    value: typeof value === 'string' && value ? dayjs(value) : null,
  }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};
