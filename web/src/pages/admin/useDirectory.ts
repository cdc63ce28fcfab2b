/** Units and people, with lookups by id and Select options, for the administration tabs. */
import { useApi } from '../../api/useApi';
import type { Page, Person, Unit } from '../../api/types';

export function useDirectory() {
  const units = useApi<Page<Unit>>('/api/units');
  const people = useApi<Page<Person>>('/api/people', { limit: 500 });
  const unitList = units.data?.items ?? [];
  const personList = people.data?.items ?? [];
  const unitName = new Map(unitList.map((u) => [u.id, u.name]));
  const personName = new Map(personList.map((p) => [p.id, p.name]));
  return {
    units,
    people,
    unitList,
    personList,
    unitName,
    personName,
    unitOptions: unitList.map((u) => ({ value: u.id, label: u.name })),
    personOptions: personList.map((p) => ({
      value: p.id,
      label: `${p.name}（${unitName.get(p.unitId) ?? ''}）`,
    })),
  };
}

export type Directory = ReturnType<typeof useDirectory>;
