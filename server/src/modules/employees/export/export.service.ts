import { together } from '../../../db/rows.ts';
import type { Db } from '../../../db/client.ts';
import { loadTree } from '../../departments/departments.service.ts';
import { layerRows } from '../../layers/layers.repository.ts';
import { findOrganisation } from '../../organisations/organisations.repository.ts';
import { allEmployees } from '../employees.repository.ts';
import { writeEmployeeCsv } from './write-csv.ts';

/** Active employees in the import's own columns, so that the file can be edited and imported again as it is. */
export async function exportEmployees({ db, organisationId }: { db: Db; organisationId: string }) {
  const [organisation, tree, layers, employees] = await together(db, [
    async () => findOrganisation({ db, organisationId }),
    async () => loadTree({ db, organisationId }),
    async () => layerRows({ db, organisationId }),
    async () => allEmployees({ db, organisationId }),
  ]);
  const layerNames = new Map(layers.map((layer) => [layer.id, layer.name]));
  const rows = employees
    .filter((employee) => employee.status === 'active')
    .map((employee) => ({
      employeeNumber: employee.employeeNumber,
      name: employee.name,
      email: employee.email,
      departmentPath: tree.segments(employee.departmentId),
      layer: layerNames.get(employee.layerId) ?? '',
      jobTitle: employee.jobTitle,
      location: employee.location,
      digitalSkill: employee.digitalSkill,
    }));
  const csv = writeEmployeeCsv(rows, { headers: organisation?.locale === 'en' ? 'en' : 'nl' });
  return { csv, slug: organisation?.slug ?? 'organisatie' };
}
