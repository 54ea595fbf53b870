// Find a province by typing its name in Thai or English (any common spelling: Korat, กทม.,
// Buriram), its ISO or DOPA code; choosing selects it exactly as a map click does and flies there.
import { memo } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { Province } from '../data/types';
import { searchProvinces } from '../data/provinceSearch';
import { requestCamera, selectProvince, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { Combobox } from './Combobox';

export const ProvinceSearch = memo(function ProvinceSearch({ data }: { data: AtlasData }) {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  return (
    <div className="province-search">
      <Combobox<Province>
        label={tr('provinceSearch')}
        hideLabel
        display=""
        placeholder={tr('provinceSearchPlaceholder')}
        options={(q) => searchProvinces(data.index, q)}
        keyOf={(p) => p.iso}
        onChoose={(p) => {
          selectProvince(p.iso);
          requestCamera({ kind: 'province', code: p.iso });
        }}
        emptyText={(query) => tr('provinceNoMatch', { query })}
        testId="province-search"
        render={(p) => (
          <>
            <span className="option-label">{lang === 'th' ? p.nameTh : p.nameEn}</span>
            <span className="option-meta">
              {lang === 'th' ? p.nameEn : p.nameTh} · {p.iso}
            </span>
          </>
        )}
      />
    </div>
  );
});
