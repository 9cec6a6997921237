import { DETECTION_TYPES } from '../../utils/detection/catalog';
import type { DetectionType } from '../../utils/detection/types';
import type { Policy } from '../../utils/policy/schema';

/** The action that applies to a type: a per-type override, else its category's. */
export function actionFor(type: Pick<DetectionType, 'id' | 'category'>, policy: Policy): string {
  return policy.typeActions[type.id] ?? policy.categoryActions[type.category];
}

export function DetectionTypesTable({ policy, types = DETECTION_TYPES }: { policy: Policy; types?: DetectionType[] }) {
  return (
    <section aria-labelledby="types-heading">
      <h2 id="types-heading">What is detected</h2>
      <div class="scroll">
        <table class="types">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Category</th>
              <th scope="col">Severity</th>
              <th scope="col">Validation</th>
              <th scope="col">Replaced by</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {[...types]
              .sort((a, b) => a.category.localeCompare(b.category) || a.label.localeCompare(b.label))
              .map((type) => (
                <tr key={type.id} data-type={type.id}>
                  <th scope="row">
                    {type.label} <code class="muted">{type.id}</code>
                  </th>
                  <td>{type.category}</td>
                  <td>{type.severity}</td>
                  <td>{type.validation}</td>
                  <td>
                    <code>[{type.placeholder}_1]</code>
                  </td>
                  <td>{actionFor(type, policy)}</td>
                </tr>
              ))}
            {policy.customPatterns.map((pattern) => (
              <tr key={pattern.id} data-type={pattern.id}>
                <th scope="row">
                  {pattern.label} <code class="muted">{pattern.id}</code>
                </th>
                <td>{pattern.category}</td>
                <td>{pattern.severity}</td>
                <td>Pattern set by your organization</td>
                <td />
                <td>{pattern.action ?? actionFor(pattern, policy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
