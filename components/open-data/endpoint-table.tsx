import { getTranslations } from 'next-intl/server';

const endpoints = [
  { path: '/api/v1/{type}', key: 'list' },
  { path: '/api/v1/{type}/{slug}', key: 'record' },
  { path: '/api/v1/search?q=…', key: 'search' },
  { path: '/api/v1/export/{type}?format=csv|json', key: 'export' },
  { path: '/api/v1/{type}/{slug}/cite?format=bibtex|ris|csl', key: 'cite' },
  { path: '/api/v1/openapi.json', key: 'openapi' },
  { path: '/api/health', key: 'health' },
] as const;

/** The API's endpoints at a glance; {type} is statements, conferences, organisations, initiatives, people, sources or countries. */
export async function EndpointTable() {
  const t = await getTranslations('OpenData');
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t('endpoints')}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">{t('method')}</th>
            <th scope="col" className="py-2 pr-4">{t('path')}</th>
            <th scope="col" className="py-2">{t('description')}</th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.key} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4 font-mono">GET</td>
              <td className="py-2 pr-4 font-mono break-all">{endpoint.path}</td>
              <td className="py-2">{t(`paths.${endpoint.key}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
