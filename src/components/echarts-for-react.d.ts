// echarts-for-react types its CommonJS entry only; its ES module build has the same exports.
declare module 'echarts-for-react/esm/core' {
  import EChartsReactCore from 'echarts-for-react/lib/core';
  export default EChartsReactCore;
}
